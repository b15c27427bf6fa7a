/* Exit statuses are taken modulo 256: exit(-1), computed at run time from
 * argc so the compiler cannot fold it, is seen as 255 by the shell.
 * EXIT_SUCCESS is 0 and EXIT_FAILURE is 1. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    (void)argv;
    printf("EXIT_SUCCESS %d EXIT_FAILURE %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    printf("exiting with -1");
    exit(argc - 2);
}
