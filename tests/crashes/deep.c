/* Recursion without end: each call takes a 1 KiB frame until the stack runs
 * out. The depth comes from the arguments, so the compiler cannot fold it. */
#include <stdio.h>

__attribute__((noinline)) int deep(int n) {
    volatile char buf[1024];
    buf[0] = (char)n;
    return n ? deep(n - 1) + buf[0] : 0; /* RECURSE */
}

int main(int argc, char **argv) {
    (void)argv;
    printf("%d\n", deep(argc * 1000000)); /* CALL deep */
    return 0;
}
