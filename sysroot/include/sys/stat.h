/*
 * <sys/stat.h>: wasi-libc's, plus the calls WASI has no counterpart for,
 * defined in libc-shims/modes.c: chmod and friends (they succeed on files
 * that exist; the mode is not stored), umask, and mkfifo (ENOSYS).
 */
#ifndef WASMCC_SYS_STAT_H
#define WASMCC_SYS_STAT_H

#include_next <sys/stat.h>

#ifdef __cplusplus
extern "C" {
#endif

int chmod(const char *, mode_t);
int fchmod(int, mode_t);
int fchmodat(int, const char *, mode_t, int);
mode_t umask(mode_t);
int mkfifo(const char *, mode_t);
int mkfifoat(int, const char *, mode_t);
#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int mknod(const char *, mode_t, dev_t);
int mknodat(int, const char *, mode_t, dev_t);
#endif
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int lchmod(const char *, mode_t);
#endif

#ifdef __cplusplus
}
#endif

#endif
