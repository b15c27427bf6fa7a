/*
 * <stdio.h>: wasi-libc's, plus the temporary-file interface that wasi-libc
 * leaves out (tmpnam, tmpfile, L_tmpnam, TMP_MAX, P_tmpdir). The functions
 * are in libc-shims/tmpfile.c. wasi-libc declares tmpnam and tmpfile as
 * deprecated; its declarations are renamed away so that ours are the only
 * ones and using them draws no warning.
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

#ifdef __cplusplus
}
#endif

#endif

/* ---- popen and pclose (POSIX <stdio.h>): no shell, so they fail with
 * ENOSYS (libc-shims/exec.c). ---- */
#ifndef WASMCC_STDIO_POPEN
#define WASMCC_STDIO_POPEN
#ifdef __cplusplus
extern "C" {
#endif
FILE *popen(const char *, const char *);
int pclose(FILE *);
#ifdef __cplusplus
}
#endif
#endif
