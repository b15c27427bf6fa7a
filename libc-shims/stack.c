/* emscripten/stack.h over the symbols wasm-ld defines around the stack
 * (__stack_low, __stack_high) and the stack-pointer global. */

#include <emscripten/stack.h>

extern char __stack_low[];
extern char __stack_high[];

uintptr_t emscripten_stack_get_base(void) {
    return (uintptr_t)__stack_high;
}

uintptr_t emscripten_stack_get_end(void) {
    return (uintptr_t)__stack_low;
}

/* Not inlined, so the value is this call's frame, just below the caller's. */
__attribute__((noinline)) uintptr_t emscripten_stack_get_current(void) {
    uintptr_t sp;
    __asm__ volatile(".globaltype __stack_pointer, i32\n"
                     "global.get __stack_pointer\n"
                     "local.set %0"
                     : "=r"(sp));
    return sp;
}

size_t emscripten_stack_get_free(void) {
    return emscripten_stack_get_current() - emscripten_stack_get_end();
}
