/* File modes without the JS runtime (a standalone .wasm, whose WASI host
 * keeps no modes): the modes chmod sets are remembered for the rest of the
 * run, by device and inode. With the JS runtime, js/file_modes.c comes
 * first in the link and these are not used. */

#include <fcntl.h>
#include <stddef.h>
#include <sys/stat.h>

#include "stat_modes.h"

#define REMEMBERED 64

static struct {
    dev_t dev;
    ino_t ino;
    mode_t perm;
} set_modes[REMEMBERED];
static unsigned set_count;

int __wasmcc_runtime_mode(const struct stat *st) {
    for (unsigned i = 0; i < set_count; i++)
        if (set_modes[i].dev == st->st_dev && set_modes[i].ino == st->st_ino)
            return (int)set_modes[i].perm;
    return -1;
}

int __wasmcc_runtime_chmod(int dirfd, const char *path, mode_t mode, int follow) {
    struct stat st;
    int r = path ? fstatat(dirfd, path, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) : fstat(dirfd, &st);
    if (r != 0)
        return r;
    unsigned i;
    for (i = 0; i < set_count; i++)
        if (set_modes[i].dev == st.st_dev && set_modes[i].ino == st.st_ino)
            break;
    if (i == set_count) {
        if (set_count == REMEMBERED)
            i = st.st_ino % REMEMBERED; /* full: an older answer goes */
        else
            set_count++;
    }
    set_modes[i].dev = st.st_dev;
    set_modes[i].ino = st.st_ino;
    set_modes[i].perm = mode & 07777;
    return 0;
}
