/* A sleep at the bottom of a recursion: Asyncify saves every frame on the
 * way up in its buffer (ASYNCIFY_STACK_SIZE), so a deep enough recursion
 * overflows a small one. */
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>

static int down(int depth) {
    volatile int here = depth;
    if (depth == 0) {
        emscripten_sleep(1);
        return 0;
    }
    return down(depth - 1) + (here > 0);
}

int main(int argc, char **argv) {
    int depth = argc > 1 ? atoi(argv[1]) : 100;
    printf("woke after %d frames\n", down(depth));
    return 0;
}
