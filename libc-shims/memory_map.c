/* The <sys/mman.h> calls that wasi-libc's mmap emulation declares but does
 * not build. WebAssembly memory has no protection, no paging and no swap:
 * mprotect, madvise and the locks succeed and change nothing, and msync has
 * nothing to write back for the private mappings the emulation makes.
 * Shared memory objects need a second process to share with: ENOSYS. */

#include <errno.h>
#include <sys/mman.h>

int mprotect(void *addr, size_t len, int prot) {
    (void)addr, (void)len, (void)prot;
    return 0;
}

int msync(void *addr, size_t len, int flags) {
    (void)addr, (void)len, (void)flags;
    return 0;
}

int madvise(void *addr, size_t len, int advice) {
    (void)addr, (void)len, (void)advice;
    return 0;
}

int posix_madvise(void *addr, size_t len, int advice) {
    (void)addr, (void)len, (void)advice;
    return 0;
}

int mlock(const void *addr, size_t len) {
    (void)addr, (void)len;
    return 0;
}

int munlock(const void *addr, size_t len) {
    (void)addr, (void)len;
    return 0;
}

int mlockall(int flags) {
    (void)flags;
    return 0;
}

int munlockall(void) { return 0; }

int shm_open(const char *name, int flags, mode_t mode) {
    (void)name, (void)flags, (void)mode;
    errno = ENOSYS;
    return -1;
}

int shm_unlink(const char *name) {
    (void)name;
    errno = ENOSYS;
    return -1;
}

/* Anonymous mappings aligned to the page size getpagesize() reports, as
 * mmap's addresses are natively; wasi-libc's emulation returns malloc'd
 * memory with a header in front. The driver wraps mmap and munmap
 * (--wrap); file mappings still go to wasi-libc's emulation. The
 * anonymous mappings are kept in a list so munmap knows them. */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct anon_map {
    struct anon_map *next;
    char *start;
    size_t len;
};

static struct anon_map *anon_maps;

void *__real_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int __real_munmap(void *addr, size_t len);

void *__wrap_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    if (!(flags & MAP_ANONYMOUS))
        return __real_mmap(addr, len, prot, flags, fd, off);
    if (len == 0 || (flags & MAP_FIXED)) {
        errno = len == 0 ? EINVAL : ENOTSUP;
        return MAP_FAILED;
    }
    struct anon_map *m = malloc(sizeof *m);
    void *p = m ? aligned_alloc((size_t)getpagesize(), len) : NULL;
    if (!p) {
        free(m);
        errno = ENOMEM;
        return MAP_FAILED;
    }
    memset(p, 0, len);
    *m = (struct anon_map){anon_maps, p, len};
    anon_maps = m;
    return p;
}

int __wrap_munmap(void *addr, size_t len) {
    for (struct anon_map **at = &anon_maps; *at; at = &(*at)->next) {
        struct anon_map *m = *at;
        if ((char *)addr < m->start || (char *)addr >= m->start + m->len)
            continue;
        /* Unmapping part of a mapping keeps the whole block until the
         * start is unmapped with the rest: its memory cannot be split. */
        if ((char *)addr == m->start && len >= m->len) {
            *at = m->next;
            free(m->start);
            free(m);
        }
        return 0;
    }
    return __real_munmap(addr, len);
}
