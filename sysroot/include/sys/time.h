/*
 * <sys/time.h>: wasi-libc's, plus the interval timers it hides. They are
 * kept and count down, but never deliver a signal: nothing can interrupt
 * running code, and a timer could only fire once the program returned to
 * the event loop (libc-shims/alarm.c).
 */
#ifndef WASMCC_SYS_TIME_H
#define WASMCC_SYS_TIME_H

#include_next <sys/time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2

struct itimerval {
    struct timeval it_interval;
    struct timeval it_value;
};

int getitimer(int, struct itimerval *);
int setitimer(int, const struct itimerval *__restrict, struct itimerval *__restrict);

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
/* libc-shims/modes.c, over futimens and utimensat. */
int futimes(int, const struct timeval[2]);
int lutimes(const char *, const struct timeval[2]);
#endif

#ifdef __cplusplus
}
#endif

#endif
