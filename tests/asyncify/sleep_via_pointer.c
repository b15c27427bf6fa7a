/* The only sleep is reached through a function pointer, two calls below
 * main: with -sASYNCIFY_IGNORE_INDIRECT Asyncify cannot see it, and
 * -sASYNCIFY_ADD=call_hook (with its callers, frame and main) makes it work. */
#include <emscripten.h>
#include <stdio.h>

static void nap(void) { emscripten_sleep(1); }

static void (*volatile hook)(void) = nap;

__attribute__((noinline)) void call_hook(void) { hook(); }

__attribute__((noinline)) void frame(int n) {
    printf("frame %d\n", n);
    call_hook();
}

static int started;

int main(void) {
    /* Unseen, the sleep unwinds only as far as nap, and the rewind then
     * starts main again instead of resuming it. */
    if (started++) {
        printf("main ran again\n");
        return 1;
    }
    for (int i = 0; i < 3; i++)
        frame(i);
    printf("done\n");
    return 0;
}
