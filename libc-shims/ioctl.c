/* ioctl() for terminals, in front of wasi-libc's (which knows FIONREAD and
 * FIONBIO only; the link routes ioctl through here with --wrap): the
 * window's size (TIOCGWINSZ, from the runtime: a page's terminal or Node's
 * TTY), and the termios requests, as tcgetattr/tcsetattr. */

#include <errno.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int __real_ioctl(int fd, int request, ...);
int __wasmcc_runtime_winsize(struct winsize *ws);

int __wrap_ioctl(int fd, int request, ...) {
    va_list ap;
    va_start(ap, request);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    switch (request) {
    case TIOCGWINSZ: {
        if (!isatty(fd)) {
            if (errno != EBADF)
                errno = ENOTTY;
            return -1;
        }
        int e = __wasmcc_runtime_winsize(arg);
        if (e) {
            errno = e;
            return -1;
        }
        return 0;
    }
    case TIOCSWINSZ:
        /* The page (or the host's terminal) sizes the window, not the program. */
        errno = isatty(fd) ? EPERM : ENOTTY;
        return -1;
    case TCGETS:
        return tcgetattr(fd, arg);
    case TCSETS:
        return tcsetattr(fd, TCSANOW, arg);
    case TCSETSW:
        return tcsetattr(fd, TCSADRAIN, arg);
    case TCSETSF:
        return tcsetattr(fd, TCSAFLUSH, arg);
    default:
        return __real_ioctl(fd, request, arg);
    }
}
