/* A read through a pointer given on the command line: NULL, or past the end
 * of memory. In wasm, address 0 is ordinary memory and reads as 0. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) int load(const int *p) {
    return *p; /* LOAD */
}

int main(int argc, char **argv) {
    int *p = (int *)(uintptr_t)strtoul(argc > 1 ? argv[1] : "0", NULL, 0);
    printf("read %d\n", load(p)); /* CALL load */
    return 0;
}
