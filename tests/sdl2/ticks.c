/* SDL's timer subsystem without video, as in Node. */
#include <SDL.h>
#include <stdio.h>

int main(void) {
    if (SDL_Init(SDL_INIT_TIMER) != 0) {
        printf("SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    printf("platform: %s\n", SDL_GetPlatform());
    Uint32 before = SDL_GetTicks();
    SDL_Delay(50);
    Uint32 waited = SDL_GetTicks() - before;
    printf("SDL_Delay(50) waited at least 50 ms: %s\n", waited >= 50 ? "yes" : "no");
    printf("waited less than a second: %s\n", waited < 1000 ? "yes" : "no");
    printf("performance counter runs: %s\n",
           SDL_GetPerformanceFrequency() > 0 && SDL_GetPerformanceCounter() > 0 ? "yes" : "no");
    SDL_version v;
    SDL_GetVersion(&v);
    printf("version %d.%d.%d\n", v.major, v.minor, v.patch);
    SDL_Quit();
    return 0;
}
