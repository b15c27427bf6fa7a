/*
 * <time.h>: wasi-libc's, plus the time zone interface it hides. wasi-libc
 * has no time zone tables and its local time is UTC, so tzset() leaves
 * tzname {"UTC", "UTC"}, timezone 0 and daylight 0 (libc-shims/tz.c).
 * clock_settime is refused (libc-shims/clock.c).
 */
#ifndef WASMCC_TIME_H
#define WASMCC_TIME_H

#include_next <time.h>

/* A microsecond, as glibc, POSIX (XSI) and Emscripten count; clock() is
 * wrapped to match (libc-shims/clock.c). wasi-libc counts nanoseconds. */
#undef CLOCKS_PER_SEC
#define CLOCKS_PER_SEC ((clock_t)1000000)

#ifdef __cplusplus
extern "C" {
#endif

void tzset(void);
int clock_settime(clockid_t, const struct timespec *);
extern char *tzname[2];
#if defined(_XOPEN_SOURCE) || defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
extern int daylight;
extern long timezone;
#endif

#ifdef __cplusplus
}
#endif

#endif
