/* A write through a NULL pointer: in wasm, address 0 is ordinary memory and
 * the write goes unnoticed; -sSAFE_HEAP=1 stops the program there. The
 * pointer comes from the arguments, so the compiler cannot see it is NULL. */
#include <stdio.h>

__attribute__((noinline)) void store(int *p, int v) {
    *p = v; /* STORE */
}

int main(int argc, char **argv) {
    (void)argv;
    int x = 0;
    int *target = argc > 1 ? &x : NULL;
    store(&x, 1);
    printf("stored %d\n", x);
    store(target, 2); /* CALL store */
    printf("NULL write went unnoticed\n");
    return 0;
}
