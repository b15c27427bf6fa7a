/* The legacy aligned allocators of <malloc.h>, which wasi-libc does not
 * build: memalign, valloc (page-aligned) and pvalloc (whole pages). The page
 * is WebAssembly's, 64 KiB, as sysconf(_SC_PAGESIZE) says. And glibc's
 * malloc_trim: WebAssembly memory never shrinks, so nothing is released. */

#include <errno.h>
#include <malloc.h>
#include <stdlib.h>
#include <unistd.h>

void *memalign(size_t alignment, size_t size) {
    void *p;
    /* posix_memalign wants a multiple of sizeof(void *); smaller powers of
     * two are met by it too. */
    if (alignment < sizeof(void *))
        alignment = sizeof(void *);
    int e = posix_memalign(&p, alignment, size);
    if (e) {
        errno = e;
        return NULL;
    }
    return p;
}

void *valloc(size_t size) {
    return memalign((size_t)sysconf(_SC_PAGESIZE), size);
}

void *pvalloc(size_t size) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t rounded = (size + page - 1) & ~(page - 1);
    if (rounded < size) {
        errno = ENOMEM;
        return NULL;
    }
    return memalign(page, rounded ? rounded : page);
}

int malloc_trim(size_t pad) {
    (void)pad;
    return 0;
}
