/*
 * <limits.h>: wasi-libc's, plus the limits of what the support library adds
 * and wasi-libc leaves out: threads (libc-shims/pthread*.c, whose values
 * wasi-libc gives only with _REENTRANT) and semaphores
 * (libc-shims/semaphore.c). The values are musl's.
 */
#ifndef WASMCC_LIMITS_H
#define WASMCC_LIMITS_H

#include_next <limits.h>

#ifndef PTHREAD_KEYS_MAX
#define PTHREAD_KEYS_MAX 128
#define PTHREAD_STACK_MIN 2048
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#endif
#ifndef SEM_VALUE_MAX
#define SEM_VALUE_MAX 0x7fffffff
#define SEM_NSEMS_MAX 256
#endif

#endif
