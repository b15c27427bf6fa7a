/*
 * <execinfo.h>: glibc's backtrace functions, which crash handlers call. A
 * wasm program cannot walk its own stack (the engine keeps it), so
 * backtrace finds no frames (libc-shims/backtrace.c); a trap already
 * reports the wasm function it happened in.
 */
#ifndef WASMCC_EXECINFO_H
#define WASMCC_EXECINFO_H

#ifdef __cplusplus
extern "C" {
#endif

int backtrace(void **, int);
char **backtrace_symbols(void *const *, int);
void backtrace_symbols_fd(void *const *, int, int);

#ifdef __cplusplus
}
#endif

#endif
