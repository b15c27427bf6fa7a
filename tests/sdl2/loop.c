/* A legacy SDL game loop: main never returns to the browser on its own,
 * it draws, presents and sleeps with SDL_Delay until a key comes. Built
 * with -sASYNCIFY, each SDL_Delay (and each present) gives the browser its
 * turn, so the page draws and the key arrives. SDL_Quit removes SDL's
 * event listeners, so the program then ends. */
#include <SDL.h>
#include <stdio.h>

int main(void) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *window = SDL_CreateWindow("loop", 0, 0, 160, 120, 0);
    SDL_Renderer *renderer = SDL_CreateRenderer(window, -1, 0);
    int key = 0, frames = 0;
    while (!key && frames < 3000) {
        SDL_Event e;
        while (SDL_PollEvent(&e)) {
            if (e.type == SDL_KEYDOWN) {
                /* Only a loop that yields to the page gets it. */
                printf("keydown %s\n", SDL_GetKeyName(e.key.keysym.sym));
                key = 1;
            }
        }
        SDL_SetRenderDrawColor(renderer, 0, 128, 0, 255);
        SDL_RenderClear(renderer);
        SDL_RenderPresent(renderer);
        SDL_Delay(16);
        frames++;
    }
    printf("loop ended\n");
    SDL_Quit();
    return key ? 0 : 1;
}
