/*
 * <stdlib.h>: wasi-libc's, plus what it leaves out: mkstemp and mkdtemp
 * (libc-shims/tmpfile.c), realpath (libc-shims/path.c) and GNU's qsort_r
 * (libc-shims/qsort_r.c) and getloadavg, declared where glibc and musl declare them.
 * `system` is declared by wasi-libc and defined in libc-shims/process.c.
 */
#ifndef WASMCC_STDLIB_H
#define WASMCC_STDLIB_H

#include_next <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

int mkstemp(char *);
char *mkdtemp(char *);
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int mkostemp(char *, int);
int mkstemps(char *, int);
int mkostemps(char *, int, int);
#endif

#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
char *realpath(const char *__restrict, char *__restrict);
#endif
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
void qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);
/* The load average of a machine that runs this program alone
 * (libc-shims/loadavg.c). */
int getloadavg(double *, int);
#endif

#ifdef __cplusplus
}
#endif

#endif
