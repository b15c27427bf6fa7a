/* Permission bits for the stat family. WASI has no file modes, so
 * wasi-libc's stat reports a file's type and no permissions at all, which
 * code that checks S_IRUSR or S_IXUSR takes at its word ("nobody may read
 * this"). The driver wraps stat, fstat, lstat and fstatat (--wrap) so that
 * they report the mode the runtime keeps for the file (see stat_modes.h),
 * or else what a file made with the default umask has: rw-r--r-- for
 * files, rwxr-xr-x for folders, rwxrwxrwx for symbolic links and rw--w----
 * for terminals, as on Linux. */

#include <sys/stat.h>

#include "stat_modes.h"

static void add_permissions(struct stat *st) {
    if (st->st_mode & 07777)
        return;
    int kept = __wasmcc_runtime_mode(st);
    if (kept >= 0) {
        st->st_mode |= (mode_t)kept & 07777;
        return;
    }
    switch (st->st_mode & S_IFMT) {
    case S_IFDIR:
        st->st_mode |= 0755;
        break;
    case S_IFLNK:
        st->st_mode |= 0777;
        break;
    case S_IFCHR:
        st->st_mode |= 0620;
        break;
    default:
        st->st_mode |= 0644;
    }
}

int __real_stat(const char *restrict, struct stat *restrict);
int __real_fstat(int, struct stat *);
int __real_lstat(const char *restrict, struct stat *restrict);
int __real_fstatat(int, const char *restrict, struct stat *restrict, int);

int __wrap_stat(const char *restrict path, struct stat *restrict st) {
    int r = __real_stat(path, st);
    if (r == 0)
        add_permissions(st);
    return r;
}

int __wrap_fstat(int fd, struct stat *st) {
    int r = __real_fstat(fd, st);
    if (r == 0)
        add_permissions(st);
    return r;
}

int __wrap_lstat(const char *restrict path, struct stat *restrict st) {
    int r = __real_lstat(path, st);
    if (r == 0)
        add_permissions(st);
    return r;
}

int __wrap_fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags) {
    int r = __real_fstatat(dirfd, path, st, flags);
    if (r == 0)
        add_permissions(st);
    return r;
}
