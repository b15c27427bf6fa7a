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
