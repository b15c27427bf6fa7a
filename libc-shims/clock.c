/* clock() in CLOCKS_PER_SEC units of a microsecond (our <time.h>), as
 * glibc, POSIX (XSI) and Emscripten count; wasi-libc's emulated clock()
 * counts nanoseconds. The driver wraps clock (--wrap). clock_settime: the
 * program may not set the system's clock (EPERM), and the other clocks
 * cannot be set at all (EINVAL), as on Linux. */

#include <errno.h>
#include <time.h>

clock_t __real_clock(void);

clock_t __wrap_clock(void) {
    clock_t ns = __real_clock();
    return ns == (clock_t)-1 ? ns : ns / 1000;
}

int clock_settime(clockid_t id, const struct timespec *ts) {
    (void)ts;
    errno = id == CLOCK_REALTIME ? EPERM : EINVAL;
    return -1;
}
