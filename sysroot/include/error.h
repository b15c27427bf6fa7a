/*
 * <error.h>: glibc's error reporting, which GNU programs use: "name: message:
 * strerror(errnum)" on stderr, and exit when the status is not 0
 * (libc-shims/err.c, beside BSD's err and warn).
 */
#ifndef WASMCC_ERROR_H
#define WASMCC_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

void error(int, int, const char *, ...);
void error_at_line(int, int, const char *, unsigned, const char *, ...);

extern unsigned error_message_count;
extern int error_one_per_line;
extern void (*error_print_progname)(void);

#ifdef __cplusplus
}
#endif

#endif
