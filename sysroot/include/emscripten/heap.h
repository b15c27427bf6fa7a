/* The heap: wasm's linear memory, in which malloc allocates. */
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The current size of memory in bytes. */
size_t emscripten_get_heap_size(void);

/* The size memory may grow to: -sMAXIMUM_MEMORY with -sALLOW_MEMORY_GROWTH,
 * else the current size, which is then fixed. */
size_t emscripten_get_heap_max(void);

/* Grows memory to at least `requested_size` bytes. Returns 1 when memory is
 * that large (now or already), 0 when it cannot grow so far. */
int emscripten_resize_heap(size_t requested_size);

#ifdef __cplusplus
}
#endif
