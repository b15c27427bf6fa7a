/* File modes, FIFOs and locks, which WASI has no calls for. A wasm program
 * runs alone and its files keep the modes the runtime gives them, so:
 * chmod and friends succeed on files that exist (the mode is not stored);
 * umask keeps the mask a program sets and answers it back; a FIFO cannot be
 * made (ENOSYS); flock always gets its lock, since no other process can hold
 * one. Each checks its arguments as Linux does, so errors still surface. */

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

static mode_t mask = 022;

mode_t umask(mode_t new_mask) {
    mode_t old = mask;
    mask = new_mask & 0777;
    return old;
}

int chmod(const char *path, mode_t mode) {
    struct stat st;
    (void)mode;
    return stat(path, &st);
}

int fchmod(int fd, mode_t mode) {
    struct stat st;
    (void)mode;
    return fstat(fd, &st);
}

int fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
    struct stat st;
    (void)mode;
    return fstatat(dirfd, path, &st, flags);
}

int lchmod(const char *path, mode_t mode) {
    struct stat st;
    (void)mode;
    return lstat(path, &st);
}

int mkfifo(const char *path, mode_t mode) {
    (void)path;
    (void)mode;
    errno = ENOSYS;
    return -1;
}

int mkfifoat(int dirfd, const char *path, mode_t mode) {
    (void)dirfd;
    (void)path;
    (void)mode;
    errno = ENOSYS;
    return -1;
}

int flock(int fd, int operation) {
    struct stat st;
    if (fstat(fd, &st) != 0)
        return -1;
    switch (operation & ~LOCK_NB) {
    case LOCK_SH:
    case LOCK_EX:
    case LOCK_UN:
        return 0;
    default:
        errno = EINVAL;
        return -1;
    }
}
