/* OpenAL in a page: a tone plays and stops after its duration while the
 * AudioContext waits for the user's first gesture, the context runs after
 * a key press without the program doing anything, and the tone then plays
 * through WebAudio. Build with -sASYNCIFY. */

#include <AL/al.h>
#include <AL/alc.h>
#include <emscripten.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>

#define RATE 22050

static short tone[RATE / 5]; /* 0.2 s */

/* The AudioContext's state behind the device: 0 none, 1 suspended, 2 running, 3 closed. */
static int audio_state(ALCdevice *dev) {
    return EM_ASM_INT({
        var s = alAudioContextState($0);
        return s == "suspended" ? 1 : s == "running" ? 2 : s == "closed" ? 3 : 0;
    }, dev);
}

static const char *names[] = {"none", "suspended", "running", "closed"};

static int play_and_wait(ALuint src) {
    alSourcePlay(src);
    ALint state = 0;
    alGetSourcei(src, AL_SOURCE_STATE, &state);
    int playing = state == AL_PLAYING;
    double t0 = emscripten_get_now();
    while (state == AL_PLAYING && emscripten_get_now() - t0 < 2000) {
        usleep(20000);
        alGetSourcei(src, AL_SOURCE_STATE, &state);
    }
    return playing && state == AL_STOPPED;
}

int main(void) {
    for (int i = 0; i < RATE / 5; i++) tone[i] = (short)(12000 * sin(i * 2 * M_PI * 440 / RATE));
    ALCdevice *dev = alcOpenDevice(NULL);
    ALCcontext *ctx = alcCreateContext(dev, NULL);
    alcMakeContextCurrent(ctx);
    ALuint buf, src;
    alGenBuffers(1, &buf);
    alGenSources(1, &src);
    alBufferData(buf, AL_FORMAT_MONO16, tone, sizeof tone, RATE);
    alSourcei(src, AL_BUFFER, (ALint)buf);
    alSource3f(src, AL_POSITION, 1, 0, -1);
    printf("before-gesture %s\n", names[audio_state(dev)]);
    printf("silent-play %d\n", play_and_wait(src));
    /* The test presses a key; nothing here asks for the context to resume. */
    double t0 = emscripten_get_now();
    while (audio_state(dev) != 2 && emscripten_get_now() - t0 < 5000) usleep(50000);
    printf("after-gesture %s\n", names[audio_state(dev)]);
    printf("audible-play %d\n", play_and_wait(src));
    ALint freq = 0;
    alcGetIntegerv(dev, ALC_FREQUENCY, 1, &freq);
    printf("frequency-positive %d\n", freq > 0);
    printf("error %#x\n", alGetError());
    alcMakeContextCurrent(NULL);
    alcDestroyContext(ctx);
    alcCloseDevice(dev);
    printf("done\n");
    return 0;
}
