/*
 * <sys/random.h>: wasi-libc's getentropy, plus Linux's getrandom over it
 * (libc-shims/random.c). WASI's random source never blocks, so the flags
 * change nothing.
 */
#ifndef WASMCC_SYS_RANDOM_H
#define WASMCC_SYS_RANDOM_H

#include_next <sys/random.h>

#define __NEED_ssize_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GRND_NONBLOCK 0x0001
#define GRND_RANDOM 0x0002
#define GRND_INSECURE 0x0004

ssize_t getrandom(void *, size_t, unsigned);

#ifdef __cplusplus
}
#endif

#endif
