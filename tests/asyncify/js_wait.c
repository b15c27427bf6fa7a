/* A JS library function that sleeps (js_wait, in wait.lib.js, through
 * Asyncify.handleSleep) and is named by -sASYNCIFY_IMPORTS: the loop yields
 * to a JS timer, and the call returns the value its wake-up gave. */
#include <emscripten.h>
#include <stdio.h>

int js_wait(int ms);

int main(void) {
    int seen = 0, woke = 0;
    for (int i = 0; i < 20 && seen < 3; i++) {
        woke = js_wait(10);
        seen = EM_ASM_INT({ return Module.ticks; });
    }
    printf("timer ran between iterations: %s; js_wait returned %d\n", seen >= 3 ? "yes" : "no", woke);
    EM_ASM({ clearInterval(Module.timer); });
    return seen >= 3 ? 0 : 1;
}
