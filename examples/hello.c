/* The first program: `wasmcc examples/hello.c -o hello.js && node hello.js`. */
#include <stdio.h>

int main(void) {
    printf("Hello, WebAssembly!\n");
    return 0;
}
