/* emmalloc's interface. wasmcc's allocator is wasi-libc's (dlmalloc), so the
 * allocation calls are malloc's under these names, and the heap figures are
 * read from memory's layout. */
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *emmalloc_malloc(size_t size);
void *emmalloc_calloc(size_t num, size_t size);
void *emmalloc_realloc(void *ptr, size_t size);
void emmalloc_free(void *ptr);
/* `size` bytes aligned to `alignment`, a power of two. */
void *emmalloc_memalign(size_t alignment, size_t size);
void *emmalloc_aligned_alloc(size_t alignment, size_t size);
/* realloc whose result is aligned to `alignment` (NULL, with ptr untouched, on failure). */
void *emmalloc_aligned_realloc(void *ptr, size_t alignment, size_t size);
size_t emmalloc_usable_size(void *ptr);

/* The bytes of memory the heap has claimed so far (from its start to sbrk(0)). */
size_t emmalloc_dynamic_heap_size(void);
/* The bytes the heap may still claim: up to emscripten_get_heap_max(). */
size_t emmalloc_unclaimed_heap_memory(void);

#ifdef __cplusplus
}
#endif
