/*
 * <sched.h>: wasi-libc's (sched_yield), plus what <pthread.h>'s scheduling
 * calls name: struct sched_param and the SCHED_* policies. wasi-libc hides
 * them because WASI has no scheduler; a program here has one thread, whose
 * policy is SCHED_OTHER at priority 0 (libc-shims/pthread.c).
 */
#ifndef WASMCC_SCHED_H
#define WASMCC_SCHED_H

#include_next <sched.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The layout musl uses on 32-bit targets, so code compiled against musl's
 * declaration agrees with ours. */
struct sched_param {
    int sched_priority;
    int __reserved1;
    struct {
        time_t __reserved1;
        long __reserved2;
    } __reserved2[2];
    int __reserved3;
};

#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2

int sched_get_priority_max(int);
int sched_get_priority_min(int);

#ifdef __cplusplus
}
#endif

#endif
