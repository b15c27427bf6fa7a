/* File modes, owners, FIFOs and locks, which WASI has no calls for. A wasm
 * program runs alone, so: chmod and friends go to the runtime, which keeps
 * modes (stat_modes.h); chown succeeds on files that exist and changes
 * nothing (there is one user);
 * umask keeps the mask a program sets and answers it back; a FIFO cannot be
 * made (ENOSYS); flock always gets its lock, since no other process can hold
 * one. Each checks its arguments as Linux does, so errors still surface. */

#include <errno.h>
#include <sys/time.h>
#include <unistd.h>

#include "stat_modes.h"
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

static mode_t mask = 022;

mode_t umask(mode_t new_mask) {
    mode_t old = mask;
    mask = new_mask & 0777;
    return old;
}

/* 0 if the file exists, else -1 with stat's errno: what changing its owner
 * answers. */
static int exists(int dirfd, const char *path, int flags) {
    struct stat st;
    return fstatat(dirfd, path, &st, flags);
}

static int fd_exists(int fd) {
    struct stat st;
    return fstat(fd, &st);
}

/* chmod and friends: the runtime keeps the mode (stat_modes.h). */
int chmod(const char *path, mode_t mode) { return __wasmcc_runtime_chmod(AT_FDCWD, path, mode, 1); }

int fchmod(int fd, mode_t mode) { return __wasmcc_runtime_chmod(fd, NULL, mode, 1); }

int fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
    return __wasmcc_runtime_chmod(dirfd, path, mode, !(flags & AT_SYMLINK_NOFOLLOW));
}

int lchmod(const char *path, mode_t mode) {
    return __wasmcc_runtime_chmod(AT_FDCWD, path, mode, 0);
}

int chown(const char *path, uid_t owner, gid_t group) {
    (void)owner, (void)group;
    return exists(AT_FDCWD, path, 0);
}

int fchown(int fd, uid_t owner, gid_t group) {
    (void)owner, (void)group;
    return fd_exists(fd);
}

int lchown(const char *path, uid_t owner, gid_t group) {
    (void)owner, (void)group;
    return exists(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW);
}

int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags) {
    (void)owner, (void)group;
    return exists(dirfd, path, flags);
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
    if (fd_exists(fd) != 0)
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

/* lockf: granted for the same reason as flock; F_TEST finds nothing locked. */
int lockf(int fd, int command, off_t len) {
    (void)len;
    if (fd_exists(fd) != 0)
        return -1;
    switch (command) {
    case F_LOCK:
    case F_TLOCK:
    case F_ULOCK:
    case F_TEST:
        return 0;
    default:
        errno = EINVAL;
        return -1;
    }
}

/* Device nodes, like FIFOs, cannot be made. */
int mknod(const char *path, mode_t mode, dev_t dev) {
    (void)path, (void)mode, (void)dev;
    errno = ENOSYS;
    return -1;
}

int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev) {
    (void)dirfd, (void)path, (void)mode, (void)dev;
    errno = ENOSYS;
    return -1;
}

/* The timeval forms of futimens and utimensat, which wasi-libc has. */
static const struct timespec *as_timespecs(const struct timeval tv[2], struct timespec ts[2]) {
    if (!tv)
        return NULL;
    for (int i = 0; i < 2; i++) {
        ts[i].tv_sec = tv[i].tv_sec;
        ts[i].tv_nsec = tv[i].tv_usec * 1000;
    }
    return ts;
}

int futimes(int fd, const struct timeval tv[2]) {
    struct timespec ts[2];
    return futimens(fd, as_timespecs(tv, ts));
}

int lutimes(const char *path, const struct timeval tv[2]) {
    struct timespec ts[2];
    return utimensat(AT_FDCWD, path, as_timespecs(tv, ts), AT_SYMLINK_NOFOLLOW);
}
