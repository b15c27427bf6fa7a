/* <err.h>'s warn/err family (BSD, also in glibc), which wasi-libc declares
 * but does not build: "name: message: strerror(errno)" on stderr, and exit
 * for err. Also glibc's <error.h>, error and error_at_line, which GNU
 * programs use for the same. The name is the program's, as argv[0] gives it: wasi-libc never
 * sets __progname (program_invocation_short_name), so it is read from the
 * arguments the first time it is needed, and set for the program too. */

#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/api.h>

extern char *__progname, *__progname_full;

/* Sets __progname and __progname_full from argv[0] the first time. */
static void find_program_name(void) {
    if (__progname)
        return;
    __wasi_size_t argc, size;
    if (__wasi_args_sizes_get(&argc, &size) != 0 || argc == 0)
        return;
    char **argv = malloc(argc * sizeof *argv);
    char *buf = malloc(size);
    if (!argv || !buf || __wasi_args_get((uint8_t **)argv, (uint8_t *)buf) != 0) {
        free(argv);
        free(buf);
        return;
    }
    char *slash = strrchr(argv[0], '/');
    __progname_full = argv[0];
    __progname = slash ? slash + 1 : argv[0];
    free(argv);
}

/* The last component of argv[0], which BSD's err and warn print. */
static const char *program_name(void) {
    find_program_name();
    return __progname ? __progname : "";
}

/* argv[0] whole, which glibc's error prints. */
static const char *program_path(void) {
    find_program_name();
    return __progname_full ? __progname_full : "";
}

void vwarn(const char *fmt, va_list ap) {
    int saved = errno;
    fprintf(stderr, "%s: ", program_name());
    if (fmt) {
        vfprintf(stderr, fmt, ap);
        fputs(": ", stderr);
    }
    fprintf(stderr, "%s\n", strerror(saved));
}

void vwarnx(const char *fmt, va_list ap) {
    fprintf(stderr, "%s: ", program_name());
    if (fmt)
        vfprintf(stderr, fmt, ap);
    putc('\n', stderr);
}

void warn(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vwarn(fmt, ap);
    va_end(ap);
}

void warnx(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vwarnx(fmt, ap);
    va_end(ap);
}

_Noreturn void verr(int status, const char *fmt, va_list ap) {
    vwarn(fmt, ap);
    exit(status);
}

_Noreturn void verrx(int status, const char *fmt, va_list ap) {
    vwarnx(fmt, ap);
    exit(status);
}

_Noreturn void err(int status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verr(status, fmt, ap);
}

_Noreturn void errx(int status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verrx(status, fmt, ap);
}

unsigned error_message_count;
int error_one_per_line;
void (*error_print_progname)(void);

/* error()'s work: stdout first, so that the two streams keep their order. */
static void report(int status, int errnum, const char *where, unsigned line, const char *fmt,
                   va_list ap) {
    fflush(stdout);
    /* glibc's spacing: "name: message", but "name:file:line: message". */
    if (error_print_progname)
        error_print_progname();
    else
        fprintf(stderr, where ? "%s:" : "%s: ", program_path());
    if (where)
        fprintf(stderr, "%s:%u: ", where, line);
    vfprintf(stderr, fmt, ap);
    if (errnum)
        fprintf(stderr, ": %s", strerror(errnum));
    putc('\n', stderr);
    error_message_count++;
    if (status)
        exit(status);
}

void error(int status, int errnum, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(status, errnum, NULL, 0, fmt, ap);
    va_end(ap);
}

void error_at_line(int status, int errnum, const char *file, unsigned line, const char *fmt, ...) {
    static const char *last_file;
    static unsigned last_line;
    if (error_one_per_line && last_file && line == last_line && strcmp(file, last_file) == 0) {
        if (status)
            exit(status);
        return;
    }
    last_file = file;
    last_line = line;
    va_list ap;
    va_start(ap, fmt);
    report(status, errnum, file, line, fmt, ap);
    va_end(ap);
}
