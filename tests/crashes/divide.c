/* A division by zero three calls deep: the trap's call chain names each
 * function and, built with -g, the line of each call. The markers name the
 * lines tests/crashes.rs expects. */
#include <stdio.h>

__attribute__((noinline)) int divide(int a, int b) {
    return a / b; /* TRAP */
}

__attribute__((noinline)) int compute(int n) {
    int total = 0;
    for (int i = 0; i < n; i++)
        total += divide(100, n - 1 - i); /* CALL divide */
    return total;
}

int main(int argc, char **argv) {
    (void)argv;
    printf("start\n");
    printf("%d\n", compute(argc + 2)); /* CALL compute */
    return 0;
}
