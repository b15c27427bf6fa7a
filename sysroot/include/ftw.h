/*
 * <ftw.h>: wasi-libc's nftw, plus the older ftw it hides, built on nftw
 * (libc-shims/ftw.c).
 */
#ifndef WASMCC_FTW_H
#define WASMCC_FTW_H

#include_next <ftw.h>

#ifdef __cplusplus
extern "C" {
#endif

int ftw(const char *, int (*)(const char *, const struct stat *, int), int);

#ifdef __cplusplus
}
#endif

#endif
