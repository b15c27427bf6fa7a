/* File modes kept by the JS runtime's file systems (see ../stat_modes.h):
 * the in-memory one stores what chmod sets, and with -sNODERAWFS=1 modes
 * are the host's, read and changed through Node. The runtime keeps the mode
 * of the filestat it wrote last, which is the file stat just described; for
 * chmod, paths are resolved as wasi-libc resolves them, to a directory
 * descriptor and a relative path. */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <wasi/libc-find-relpath.h>

#include "../stat_modes.h"

__attribute__((import_module("env"), import_name("__wasmcc_file_mode")))
int __wasmcc_file_mode(void);
__attribute__((import_module("env"), import_name("__wasmcc_file_chmod")))
int __wasmcc_file_chmod(int fd, const char *path, int len, int mode, int follow);

/* The descriptor and relative path WASI sees for `path` under `dirfd`; -1
 * when no directory the runtime opened holds it. */
static int resolve(int dirfd, const char *path, const char **rel, char *buf, size_t size) {
    if (path[0] != '/' && dirfd != AT_FDCWD) {
        *rel = path;
        return dirfd;
    }
    const char *prefix;
    char *out = buf;
    int fd = __wasilibc_find_relpath(path, &prefix, &out, size);
    *rel = out;
    return fd;
}

int __wasmcc_runtime_mode(const struct stat *st) {
    (void)st;
    return __wasmcc_file_mode();
}

int __wasmcc_runtime_chmod(int dirfd, const char *path, mode_t mode, int follow) {
    int r;
    if (!path) {
        r = __wasmcc_file_chmod(dirfd, NULL, -1, (int)(mode & 07777), follow);
    } else {
        char buf[PATH_MAX];
        const char *rel;
        int fd = resolve(dirfd, path, &rel, buf, sizeof buf);
        if (fd < 0) {
            errno = ENOENT;
            return -1;
        }
        r = __wasmcc_file_chmod(fd, rel, (int)strlen(rel), (int)(mode & 07777), follow);
    }
    if (r < 0) {
        errno = -r;
        return -1;
    }
    return 0;
}
