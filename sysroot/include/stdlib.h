/*
 * <stdlib.h>: wasi-libc's, plus mkstemp and mkdtemp, which wasi-libc leaves
 * out (they are in libc-shims/tmpfile.c). `system` is declared by wasi-libc
 * and defined in libc-shims/process.c.
 */
#ifndef WASMCC_STDLIB_H
#define WASMCC_STDLIB_H

#include_next <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

int mkstemp(char *);
char *mkdtemp(char *);

#ifdef __cplusplus
}
#endif

#endif
