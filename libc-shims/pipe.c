/*
 * pipe: a pipe joins two processes, or a thread to another, and a wasm
 * program has neither; a pipe to itself would deadlock as soon as it
 * filled. It fails with ENOSYS.
 */
#include <errno.h>
#include <unistd.h>

int pipe(int fds[2]) {
    (void)fds;
    errno = ENOSYS;
    return -1;
}

int pipe2(int fds[2], int flags) {
    (void)flags;
    return pipe(fds);
}
