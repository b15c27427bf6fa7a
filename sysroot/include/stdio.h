/*
 * <stdio.h>: wasi-libc's, plus the temporary-file interface that wasi-libc
 * leaves out (tmpnam, tmpfile, L_tmpnam, TMP_MAX, P_tmpdir). The functions
 * are in libc-shims/tmpfile.c. wasi-libc declares tmpnam and tmpfile as
 * deprecated; its declarations are renamed away so that ours are the only
 * ones and using them draws no warning. Also popen/pclose (which fail: no
 * shell) and flockfile and friends for every program.
 */
#ifndef WASMCC_STDIO_H
#define WASMCC_STDIO_H

#define tmpnam __wasilibc_unprovided_tmpnam
#define tmpfile __wasilibc_unprovided_tmpfile
#include_next <stdio.h>
#undef tmpnam
#undef tmpfile

#ifndef L_tmpnam
#define L_tmpnam 20
#endif
#ifndef TMP_MAX
#define TMP_MAX 10000
#endif
#ifndef P_tmpdir
#define P_tmpdir "/tmp"
#endif

#ifdef __cplusplus
extern "C" {
#endif

char *tmpnam(char *);
FILE *tmpfile(void);
#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
char *tempnam(const char *, const char *);
#endif

#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
/* No shell: popen and pclose fail with ENOSYS (libc-shims/exec.c). */
FILE *popen(const char *, const char *);
int pclose(FILE *);
/* wasi-libc declares these only with _REENTRANT; libc-shims/flockfile.c
 * has them for every program, as glibc declares them. */
void flockfile(FILE *);
int ftrylockfile(FILE *);
void funlockfile(FILE *);
#endif

#ifdef __cplusplus
}
#endif

#endif
