/* The C stack. It grows down, from its base (the highest address) towards
 * its end; wasmcc places it at the start of memory (-sSTACK_SIZE bytes). */
#pragma once

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The address the stack starts at: its highest address. */
uintptr_t emscripten_stack_get_base(void);
/* The lowest address the stack may reach. */
uintptr_t emscripten_stack_get_end(void);
/* The stack pointer of the caller. */
uintptr_t emscripten_stack_get_current(void);
/* The bytes left between the stack pointer and the end. */
size_t emscripten_stack_get_free(void);

#ifdef __cplusplus
}
#endif
