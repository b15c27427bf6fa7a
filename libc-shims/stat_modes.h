/* File modes, which WASI leaves out (see stat_modes.c). */
#ifndef WASMCC_SHIMS_STAT_MODES_H
#define WASMCC_SHIMS_STAT_MODES_H

#include <sys/stat.h>

/* The permission bits the runtime keeps for the file that stat has just
 * described in `st`, or -1 if it keeps none. It is asked right after the
 * stat call. With the JS runtime the answer comes from its file systems
 * (js/file_modes.c); otherwise from what chmod set during this run
 * (mode_default.c). */
int __wasmcc_runtime_mode(const struct stat *st);

/* chmod for the same file: 0, or -1 with errno. */
int __wasmcc_runtime_chmod(int dirfd, const char *path, mode_t mode, int follow);

#endif
