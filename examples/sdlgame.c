/* A small SDL2 game: steer the ship (arrow keys or a gamepad's stick and
 * d-pad) to catch the falling stars. The sprites come from sprites.ppm, a
 * tiny text image shipped with --preload-file; each catch plays a blip
 * synthesised in the audio callback. It prints what happens, so it can be
 * followed in a terminal as well as seen.
 *
 *   wasmcc -O2 -sUSE_SDL=2 examples/sdlgame.c \
 *     --preload-file examples/sdlgame/sprites.ppm@sprites.ppm -o sdlgame.html
 */
#include <SDL.h>
#include <emscripten.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum { W = 320, H = 240, SPRITE = 8, SCALE = 3, STARS = 4 };

static SDL_Window *window;
static SDL_Renderer *renderer;
static SDL_Texture *sheet;
static SDL_GameController *pad;
static float ship_x = W / 2.0f;
static float star_x[STARS], star_y[STARS];
static int score, frames;
static volatile int blip_left; /* samples of blip still to play */
static double phase;

/* Reads an ASCII PPM (P3) into an RGBA surface; black becomes transparent. */
static SDL_Surface *load_ppm(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    char magic[3] = {0};
    int w, h, max, c;
    if (fscanf(f, "%2s", magic) != 1 || SDL_strcmp(magic, "P3") != 0) goto bad;
    while ((c = fgetc(f)) != EOF) { /* comments */
        if (c == '#') { while ((c = fgetc(f)) != EOF && c != '\n') {} }
        else if (c > ' ') { ungetc(c, f); break; }
    }
    if (fscanf(f, "%d %d %d", &w, &h, &max) != 3 || w <= 0 || h <= 0 || max <= 0) goto bad;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!s) goto bad;
    for (int i = 0; i < w * h; i++) {
        int r, g, b;
        if (fscanf(f, "%d %d %d", &r, &g, &b) != 3) { SDL_FreeSurface(s); goto bad; }
        Uint8 *p = (Uint8 *)s->pixels + (i / w) * s->pitch + (i % w) * 4;
        p[0] = r * 255 / max; p[1] = g * 255 / max; p[2] = b * 255 / max;
        p[3] = (r | g | b) ? 255 : 0;
    }
    fclose(f);
    return s;
bad:
    fclose(f);
    return NULL;
}

static void audio(void *user, Uint8 *stream, int len) {
    (void)user;
    float *out = (float *)stream;
    int n = len / (int)sizeof(float);
    for (int i = 0; i < n; i++) {
        float v = 0;
        if (blip_left > 0) {
            blip_left--;
            phase += 2 * M_PI * (660.0 + blip_left / 8.0) / 44100.0;
            v = 0.2f * (float)sin(phase);
        }
        out[i] = v;
    }
}

static void drop_star(int i) {
    star_x[i] = (float)(rand() % (W - SPRITE * SCALE));
    star_y[i] = -(float)(rand() % H);
}

static void draw(int sx, float x, float y) {
    SDL_Rect src = {sx, 0, SPRITE, SPRITE};
    SDL_Rect dst = {(int)x, (int)y, SPRITE * SCALE, SPRITE * SCALE};
    SDL_RenderCopy(renderer, sheet, &src, &dst);
}

static void frame(void) {
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (e.type == SDL_KEYDOWN && !e.key.repeat)
            printf("key %s\n", SDL_GetKeyName(e.key.keysym.sym));
        else if (e.type == SDL_CONTROLLERDEVICEADDED && !pad) {
            pad = SDL_GameControllerOpen(e.cdevice.which);
            printf("gamepad: %s\n", pad ? SDL_GameControllerName(pad) : SDL_GetError());
        }
    }
    const Uint8 *keys = SDL_GetKeyboardState(NULL);
    float dx = (keys[SDL_SCANCODE_RIGHT] - keys[SDL_SCANCODE_LEFT]) * 3.0f;
    if (pad) {
        dx += SDL_GameControllerGetAxis(pad, SDL_CONTROLLER_AXIS_LEFTX) / 32767.0f * 3.0f;
        dx += (SDL_GameControllerGetButton(pad, SDL_CONTROLLER_BUTTON_DPAD_RIGHT) -
               SDL_GameControllerGetButton(pad, SDL_CONTROLLER_BUTTON_DPAD_LEFT)) * 3.0f;
    }
    ship_x = SDL_clamp(ship_x + dx, 0, W - SPRITE * SCALE);
    float ship_y = H - SPRITE * SCALE - 4;
    for (int i = 0; i < STARS; i++) {
        star_y[i] += 1.5f;
        if (fabsf(star_x[i] - ship_x) < SPRITE * SCALE && fabsf(star_y[i] - ship_y) < SPRITE * SCALE) {
            printf("score %d\n", ++score);
            blip_left = 44100 / 10;
            drop_star(i);
        } else if (star_y[i] > H) {
            drop_star(i);
        }
    }
    SDL_SetRenderDrawColor(renderer, 10, 10, 40, 255);
    SDL_RenderClear(renderer);
    for (int i = 0; i < STARS; i++) draw(SPRITE, star_x[i], star_y[i]);
    draw(0, ship_x, ship_y);
    SDL_RenderPresent(renderer);
    if (++frames == 3) printf("playing\n");
}

int main(void) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_AUDIO | SDL_INIT_GAMECONTROLLER) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    window = SDL_CreateWindow("stars", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, W, H, 0);
    renderer = window ? SDL_CreateRenderer(window, -1, SDL_RENDERER_PRESENTVSYNC) : NULL;
    SDL_Surface *sprites = load_ppm("sprites.ppm");
    if (!renderer || !sprites) {
        printf("start: %s\n", sprites ? SDL_GetError() : "cannot read sprites.ppm");
        return 1;
    }
    printf("sprites: %dx%d\n", sprites->w, sprites->h);
    sheet = SDL_CreateTextureFromSurface(renderer, sprites);
    SDL_FreeSurface(sprites);
    SDL_AudioSpec want = {0};
    want.freq = 44100;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 1024;
    want.callback = audio;
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, NULL, 0);
    if (dev) SDL_PauseAudioDevice(dev, 0); /* browsers start it on the first key */
    srand(7);
    for (int i = 0; i < STARS; i++) drop_star(i);
    emscripten_set_main_loop(frame, 0, 0);
    return 0;
}
