/* -sSAFE_HEAP: binaryen's SafeHeap pass checks each load and store against
 * the word emscripten_get_sbrk_ptr() points at, the end of the heap, and
 * calls the runtime's segfault() or alignfault() (js-templates/lib/crash.js)
 * on a bad one. wasi-libc's malloc grows memory itself (memory.grow), so the
 * heap ends where memory does. The pass leaves this function unchecked. */

#include <stdint.h>

static uintptr_t heap_end;

uintptr_t *emscripten_get_sbrk_ptr(void) {
    heap_end = __builtin_wasm_memory_size(0) * 65536u;
    return &heap_end;
}
