/*
 * <string.h>: wasi-libc's, plus strupr and strlwr, the in-place case
 * changes Emscripten's libc keeps from DOS (libc-shims/strcase.c).
 */
#ifndef WASMCC_STRING_H
#define WASMCC_STRING_H

#include_next <string.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
char *strupr(char *);
char *strlwr(char *);
#endif

#ifdef __cplusplus
}
#endif

#endif
