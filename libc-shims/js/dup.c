/*
 * dup, dup2 and dup3: the runtime's descriptor table (js-templates/lib/
 * wasi-fd.js) lets two numbers share one open file, and its position, as
 * POSIX asks; the file closes with the last of them. WASI itself only has
 * fd_renumber, which moves a descriptor rather than copying it.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

__attribute__((import_module("env"), import_name("__wasmcc_fd_dup")))
int __wasmcc_fd_dup(int from, int to);

static int result(int r) {
    if (r < 0) {
        errno = -r;
        return -1;
    }
    return r;
}

int dup(int fd) { return result(__wasmcc_fd_dup(fd, -1)); }

int dup2(int fd, int to) {
    if (to < 0) {
        errno = EBADF;
        return -1;
    }
    return result(__wasmcc_fd_dup(fd, to));
}

/* The runtime keeps no close-on-exec flag: no program is ever exec'd. */
int dup3(int fd, int to, int flags) {
    if (fd == to || (flags & ~O_CLOEXEC)) {
        errno = EINVAL;
        return -1;
    }
    return dup2(fd, to);
}
