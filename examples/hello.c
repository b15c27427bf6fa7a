/* The first program: `wasmcc examples/hello.c -o hello.js && node hello.js`,
   or as a page: `wasmcc examples/hello.c -o hello.html && wasmrun hello.html`. */
#include <stdio.h>

int main(void) {
    printf("Hello, WebAssembly!\n");
    return 0;
}
