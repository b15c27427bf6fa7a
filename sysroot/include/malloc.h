/*
 * <malloc.h>: wasi-libc's, plus the legacy aligned allocators it does not
 * build (libc-shims/memalign.c).
 */
#ifndef WASMCC_MALLOC_H
#define WASMCC_MALLOC_H

#include_next <malloc.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memalign(size_t, size_t);
void *valloc(size_t);
void *pvalloc(size_t);
int malloc_trim(size_t);

#ifdef __cplusplus
}
#endif

#endif
