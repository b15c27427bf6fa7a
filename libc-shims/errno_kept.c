/* Library calls that must leave errno alone where glibc (and Emscripten)
 * do, so a program that checks errno after a call that succeeded, or after
 * strtol, does not see a stale code. The driver wraps these (--wrap):
 * - __isatty: stdio asks it about stdout on the first write and about every
 *   fopen'd file; on a pipe or a file it sets ENOTTY. A user's own isatty()
 *   is another name for it and is not wrapped, so it still sets ENOTTY.
 * - __intscan: behind strtol and its family; with no digits to convert it
 *   sets EINVAL, which glibc reserves for an unsupported base; __floatscan,
 *   behind strtod, likewise.
 * - open and __wasilibc_open_nomode (behind fopen): the empty path names no
 *   file (ENOENT) where wasi-libc opens the working directory. */

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>

int __real___isatty(int fd);

int __wrap___isatty(int fd) {
    int saved = errno;
    int r = __real___isatty(fd);
    errno = saved;
    return r;
}

unsigned long long __real___intscan(FILE *f, unsigned base, int pok, unsigned long long lim);

unsigned long long __wrap___intscan(FILE *f, unsigned base, int pok, unsigned long long lim) {
    int saved = errno;
    unsigned long long r = __real___intscan(f, base, pok, lim);
    if (errno == EINVAL && base <= 36 && base != 1)
        errno = saved;
    return r;
}

long double __real___floatscan(FILE *f, int prec, int pok);

long double __wrap___floatscan(FILE *f, int prec, int pok) {
    int saved = errno;
    long double r = __real___floatscan(f, prec, pok);
    if (errno == EINVAL)
        errno = saved;
    return r;
}

int __real_open(const char *path, int flags, ...);
int __real___wasilibc_open_nomode(const char *path, int flags);

int __wrap_open(const char *path, int flags, ...) {
    if (path && !*path) {
        errno = ENOENT;
        return -1;
    }
    va_list ap;
    va_start(ap, flags);
    int mode = va_arg(ap, int);
    va_end(ap);
    return __real_open(path, flags, mode);
}

int __wrap___wasilibc_open_nomode(const char *path, int flags) {
    if (path && !*path) {
        errno = ENOENT;
        return -1;
    }
    return __real___wasilibc_open_nomode(path, flags);
}
