/*
 * <time.h>: wasi-libc's, plus the time zone interface it hides. wasi-libc
 * has no time zone tables and its local time is UTC, so tzset() leaves
 * tzname {"UTC", "UTC"}, timezone 0 and daylight 0 (libc-shims/tz.c).
 */
#ifndef WASMCC_TIME_H
#define WASMCC_TIME_H

#include_next <time.h>

#ifdef __cplusplus
extern "C" {
#endif

void tzset(void);
extern char *tzname[2];
#if defined(_XOPEN_SOURCE) || defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
extern int daylight;
extern long timezone;
#endif

#ifdef __cplusplus
}
#endif

#endif
