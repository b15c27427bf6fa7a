/* The memory where a sleeping program's stack is saved (-sASYNCIFY): the JS
 * runtime asks for it once, at start, with the size ASYNCIFY_STACK_SIZE. */

#include <stdlib.h>

__attribute__((export_name("__wasmcc_asyncify_buffer")))
void *__wasmcc_asyncify_buffer(size_t size) {
    return malloc(size);
}
