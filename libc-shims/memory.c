/* memcpy, memmove and memset as the bulk memory instructions. wasi-libc's
 * are musl's C loops, compiled without bulk memory: hundreds of bytes each,
 * and wasm-opt inlines memcpy into its callers. With -mbulk-memory (which
 * every shim and user compile gets, see driver/sysroot.rs) clang lowers these
 * builtins to `memory.copy` and `memory.fill` for any size, never to a call
 * back to the function being defined. The support library is linked before
 * libc.a, so these definitions are the ones used. */

#include <string.h>

#ifndef __wasm_bulk_memory__
/* Without it the builtins below would call these very functions. */
#error "libc-shims/memory.c needs -mbulk-memory"
#endif

void *memcpy(void *restrict dest, const void *restrict src, size_t n) {
    return __builtin_memcpy(dest, src, n);
}

void *memmove(void *dest, const void *src, size_t n) {
    return __builtin_memmove(dest, src, n);
}

void *memset(void *dest, int c, size_t n) {
    return __builtin_memset(dest, c, n);
}
