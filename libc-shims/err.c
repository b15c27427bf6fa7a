/* <err.h>'s warn/err family (BSD, also in glibc), which wasi-libc declares
 * but does not build: "name: message: strerror(errno)" on stderr, and exit
 * for err. The name is the program's, as argv[0] gives it: wasi-libc never
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

static const char *program_name(void) {
    if (__progname)
        return __progname;
    __wasi_size_t argc, size;
    if (__wasi_args_sizes_get(&argc, &size) != 0 || argc == 0)
        return "";
    char **argv = malloc(argc * sizeof *argv);
    char *buf = malloc(size);
    if (!argv || !buf || __wasi_args_get((uint8_t **)argv, (uint8_t *)buf) != 0) {
        free(argv);
        free(buf);
        return "";
    }
    char *slash = strrchr(argv[0], '/');
    __progname_full = argv[0];
    __progname = slash ? slash + 1 : argv[0];
    free(argv);
    return __progname;
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
