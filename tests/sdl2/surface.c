/* SDL's software path: the window's surface filled with SDL_FillRect and
 * shown with SDL_UpdateWindowSurface, which draws on the canvas's 2D context. */
#include <SDL.h>
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>

static SDL_Window *window;
static int frames;

static void frame(void) {
    SDL_Surface *s = SDL_GetWindowSurface(window);
    SDL_FillRect(s, NULL, SDL_MapRGB(s->format, 255, 255, 0));
    SDL_Rect square = {10, 10, 20, 20};
    SDL_FillRect(s, &square, SDL_MapRGB(s->format, 255, 0, 255));
    SDL_UpdateWindowSurface(window);
    if (++frames == 3) {
        printf("surface shown\n");
        exit(0);
    }
}

int main(void) {
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    window = SDL_CreateWindow("surface", 0, 0, 64, 48, 0);
    emscripten_set_main_loop(frame, 0, 0);
    return 0;
}
