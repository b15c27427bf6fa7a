/* A small SDL2 game: a window with a renderer that fills rectangles of
 * known colours, an audio device with a callback, keys read as events, and
 * a main loop. It prints the pixels it drew (read back before each present,
 * as SDL_RenderReadPixels documents), the keys it got, and whether the
 * audio callback ran, then exits. */
#include <SDL.h>
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>

static SDL_Window *window;
static SDL_Renderer *renderer;
static SDL_AudioDeviceID device;
static int frames, keys;
static volatile int audio_calls;
static Uint32 start_ticks;

static void audio_callback(void *user, Uint8 *stream, int len) {
    (void)user;
    audio_calls++;
    SDL_memset(stream, 0, len);
}

static void fill(int x, int y, int w, int h, Uint8 r, Uint8 g, Uint8 b) {
    SDL_Rect rect = {x, y, w, h};
    SDL_SetRenderDrawColor(renderer, r, g, b, 255);
    SDL_RenderFillRect(renderer, &rect);
}

static void print_pixel(int x, int y) {
    Uint8 rgba[4];
    SDL_Rect at = {x, y, 1, 1};
    /* ABGR8888 is R, G, B, A in memory on a little-endian machine. */
    if (SDL_RenderReadPixels(renderer, &at, SDL_PIXELFORMAT_ABGR8888, rgba, 4) != 0) {
        printf("read failed: %s\n", SDL_GetError());
        return;
    }
    printf("pixel %d,%d: %d %d %d %d\n", x, y, rgba[0], rgba[1], rgba[2], rgba[3]);
}

static void frame(void) {
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (e.type == SDL_KEYDOWN) {
            printf("keydown %s\n", SDL_GetKeyName(e.key.keysym.sym));
            keys++;
        }
    }
    SDL_SetRenderDrawColor(renderer, 0, 0, 255, 255);
    SDL_RenderClear(renderer);
    fill(0, 0, 80, 60, 255, 0, 0);
    fill(80, 60, 80, 60, 0, 255, 0);
    if (frames == 2) {
        print_pixel(10, 10);
        print_pixel(120, 90);
        print_pixel(150, 10);
    }
    SDL_RenderPresent(renderer);
    frames++;
    /* Browsers start audio on the first key, so the callback runs after
     * it; the key may come before the frame that prints the pixels. */
    if (keys > 0 && audio_calls > 0 && frames > 2) {
        printf("audio callback ran\n");
        printf("ticks advance: %s\n", SDL_GetTicks() > start_ticks ? "yes" : "no");
        SDL_CloseAudioDevice(device);
        SDL_Quit();
        exit(0);
    }
}

int main(void) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_AUDIO | SDL_INIT_TIMER | SDL_INIT_JOYSTICK) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    start_ticks = SDL_GetTicks();
    window = SDL_CreateWindow("game", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 160, 120, 0);
    renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_ACCELERATED) : NULL;
    if (!renderer) {
        printf("window or renderer: %s\n", SDL_GetError());
        return 1;
    }
    SDL_AudioSpec want, have;
    SDL_zero(want);
    want.freq = 44100;
    want.format = AUDIO_F32SYS;
    want.channels = 2;
    want.samples = 1024;
    want.callback = audio_callback;
    device = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (device == 0) {
        printf("audio: %s\n", SDL_GetError());
        return 1;
    }
    printf("drivers: %s %s\n", SDL_GetCurrentVideoDriver(), SDL_GetCurrentAudioDriver());
    printf("joysticks: %d\n", SDL_NumJoysticks());
    SDL_PauseAudioDevice(device, 0);
    emscripten_set_main_loop(frame, 0, 0);
    return 0;
}
