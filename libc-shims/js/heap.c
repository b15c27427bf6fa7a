/* emscripten/heap.h and emmalloc.h. Memory's size and growth are wasm's
 * (memory.size, memory.grow); its limit is the link's, which the runtime
 * knows (-sMAXIMUM_MEMORY). The allocator is wasi-libc's malloc. */

#include <emscripten/emmalloc.h>
#include <emscripten/heap.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PAGE 65536u

extern unsigned char __heap_base[];

size_t emscripten_get_heap_size(void) {
    return __builtin_wasm_memory_size(0) * PAGE;
}

int emscripten_resize_heap(size_t requested_size) {
    size_t now = emscripten_get_heap_size();
    if (requested_size <= now)
        return 1;
    size_t pages = (requested_size - now + PAGE - 1) / PAGE;
    return __builtin_wasm_memory_grow(0, pages) != (size_t)-1;
}

void *emmalloc_malloc(size_t size) { return malloc(size); }
void *emmalloc_calloc(size_t num, size_t size) { return calloc(num, size); }
void *emmalloc_realloc(void *ptr, size_t size) { return realloc(ptr, size); }
void emmalloc_free(void *ptr) { free(ptr); }
size_t emmalloc_usable_size(void *ptr) { return ptr ? malloc_usable_size(ptr) : 0; }

void *emmalloc_memalign(size_t alignment, size_t size) {
    void *p = NULL;
    return posix_memalign(&p, alignment < sizeof(void *) ? sizeof(void *) : alignment, size) ? NULL : p;
}

void *emmalloc_aligned_alloc(size_t alignment, size_t size) {
    return emmalloc_memalign(alignment, size);
}

void *emmalloc_aligned_realloc(void *ptr, size_t alignment, size_t size) {
    if (!ptr)
        return emmalloc_memalign(alignment, size);
    if (size == 0) {
        free(ptr);
        return NULL;
    }
    if ((uintptr_t)ptr % alignment == 0 && malloc_usable_size(ptr) >= size)
        return ptr;
    void *moved = emmalloc_memalign(alignment, size);
    if (!moved)
        return NULL;
    size_t old = malloc_usable_size(ptr);
    memcpy(moved, ptr, old < size ? old : size);
    free(ptr);
    return moved;
}

size_t emmalloc_dynamic_heap_size(void) {
    return (size_t)((unsigned char *)sbrk(0) - __heap_base);
}

size_t emmalloc_unclaimed_heap_memory(void) {
    return emscripten_get_heap_max() - (size_t)(uintptr_t)sbrk(0);
}
