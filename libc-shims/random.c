/* Linux's getrandom over WASI's random source (wasi-libc's getentropy,
 * which takes at most 256 bytes a call). The source never blocks and has
 * one quality, so the flags change nothing. */

#include <errno.h>
#include <sys/random.h>
#include <unistd.h>

ssize_t getrandom(void *buf, size_t len, unsigned flags) {
    if (flags & ~(unsigned)(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) {
        errno = EINVAL;
        return -1;
    }
    unsigned char *p = buf;
    for (size_t done = 0; done < len;) {
        size_t n = len - done < 256 ? len - done : 256;
        if (getentropy(p + done, n) != 0)
            return done ? (ssize_t)done : -1;
        done += n;
    }
    return (ssize_t)len;
}
