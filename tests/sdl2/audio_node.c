/* SDL audio where there is no WebAudio (Node): a silent device that keeps
 * time. A callback device is called at the device's rate, a queue drains
 * as it plays and not while paused. Printed as measurements; the test
 * judges them against the device's frequency. */
#include <SDL.h>
#include <stdio.h>

static volatile Uint64 frames;

static void count(void *userdata, Uint8 *stream, int len) {
    (void)userdata;
    frames += (Uint64)len / sizeof(float);
    SDL_memset(stream, 0, len);
}

static SDL_AudioDeviceID open_mono(SDL_AudioCallback callback, SDL_AudioSpec *have) {
    SDL_AudioSpec want;
    SDL_zero(want);
    want.freq = 44100;
    want.format = AUDIO_F32;
    want.channels = 1;
    want.samples = 1024;
    want.callback = callback;
    return SDL_OpenAudioDevice(NULL, 0, &want, have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
}

int main(void) {
    if (SDL_Init(SDL_INIT_AUDIO) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    printf("driver %s\n", SDL_GetCurrentAudioDriver());

    SDL_AudioSpec have;
    SDL_AudioDeviceID dev = open_mono(count, &have);
    if (!dev) {
        printf("open: %s\n", SDL_GetError());
        return 1;
    }
    printf("spec %d %d\n", have.freq, have.samples);
    SDL_Delay(200);
    printf("paused-frames %llu\n", (unsigned long long)frames);
    SDL_PauseAudioDevice(dev, 0);
    Uint64 start = SDL_GetTicks64();
    SDL_Delay(600);
    Uint64 got = frames;
    printf("callback %llu frames in %llu ms\n", (unsigned long long)got,
           (unsigned long long)(SDL_GetTicks64() - start));
    SDL_CloseAudioDevice(dev);

    dev = open_mono(NULL, &have);
    if (!dev) {
        printf("open queue: %s\n", SDL_GetError());
        return 1;
    }
    /* Half a second of silence at the device's rate. */
    Uint32 bytes = (Uint32)have.freq / 2 * sizeof(float);
    void *silence = SDL_calloc(1, bytes);
    SDL_QueueAudio(dev, silence, bytes);
    SDL_free(silence);
    SDL_Delay(200);
    printf("queued %u paused-left %u\n", bytes, SDL_GetQueuedAudioSize(dev));
    SDL_PauseAudioDevice(dev, 0);
    start = SDL_GetTicks64();
    SDL_Delay(250);
    Uint32 mid = SDL_GetQueuedAudioSize(dev);
    printf("after %llu ms left %u\n", (unsigned long long)(SDL_GetTicks64() - start), mid);
    while (SDL_GetQueuedAudioSize(dev) > 0 && SDL_GetTicks64() - start < 5000) {
        SDL_Delay(10);
    }
    printf("drained in %llu ms\n", (unsigned long long)(SDL_GetTicks64() - start));
    SDL_CloseAudioDevice(dev);
    SDL_Quit();
    return 0;
}
