/* A signed overflow and an out-of-bounds shift, which -fsanitize=undefined
 * reports with their lines, as clang's runtime does natively. */
#include <limits.h>
#include <stdio.h>

__attribute__((noinline)) int add(int a, int b) {
    return a + b; /* OVERFLOW */
}

int main(int argc, char **argv) {
    (void)argv;
    int shift = 30 + argc;
    printf("%d\n", add(INT_MAX, argc)); /* CALL add */
    printf("%d\n", 1 << (shift + 10)); /* SHIFT */
    printf("done\n");
    return 0;
}
