/* A loop that sleeps: a JS timer started before main (Module.preRun, via
 * --pre-js) counts its ticks in Module.ticks, and the loop reads the count.
 * Without yielding, the count stays 0 while the loop runs. */
#include <emscripten.h>
#include <stdio.h>

int main(void) {
    int seen = 0;
    for (int i = 0; i < 20; i++) {
        emscripten_sleep(10);
        seen = EM_ASM_INT({ return Module.ticks; });
        if (seen >= 3)
            break;
    }
    printf("timer ran between iterations: %s\n", seen >= 3 ? "yes" : "no");
    EM_ASM({ clearInterval(Module.timer); });
    return seen >= 3 ? 0 : 1;
}
