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

/* V8 runs memory.fill of a few bytes about 1.5 times slower than musl's
 * stores (measured in Node 20 on sizes 1 to 32), so small sizes are stored
 * here byte by byte. no_builtin keeps clang from turning the loop back into
 * a memset. memcpy showed no such difference. */
__attribute__((no_builtin)) void *memset(void *dest, int c, size_t n) {
    if (n < 32) {
        unsigned char *d = dest;
        /* Unrolled, the loop would be five times the size for little gain. */
#pragma clang loop unroll(disable)
        while (n--)
            *d++ = (unsigned char)c;
        return dest;
    }
    return __builtin_memset(dest, c, n);
}
