/*
 * Terminals. A descriptor is a terminal when isatty() says so (the runtime
 * reports stdio as one when Node's stream is a TTY, and always in a page).
 * It is the one controlling terminal, /dev/tty, whose foreground process
 * group is the program's own. Its attributes (<termios.h>) start as a
 * Linux terminal's cooked-mode defaults; tcsetattr() records new ones, and
 * tcgetattr() reads them back. The runtime is told of each change
 * (__wasmcc_runtime_termios): a page's terminal (js-templates/lib/terminal.js)
 * then edits lines or hands over single keys, echoes or not, as a Linux
 * terminal does. Elsewhere (Node, a standalone module) input stays
 * line-buffered by the host and output is written as is, so getpass()
 * prompts on stderr, reads a line from stdin, and the host echoes it.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static bool tty_or_enotty(int fd) {
    if (isatty(fd))
        return true;
    if (errno != EBADF)
        errno = ENOTTY;
    return false;
}

static struct termios attrs;
static bool attrs_set;

/* The runtime's side: js/terminal.c with the JS runtime, else
 * terminal_default.c. */
void __wasmcc_runtime_termios(const struct termios *t);

static void defaults(struct termios *t) {
    memset(t, 0, sizeof *t);
    t->c_iflag = BRKINT | ICRNL | IXON | IMAXBEL | IUTF8;
    t->c_oflag = OPOST | ONLCR;
    t->c_cflag = B38400 | CS8 | CREAD | HUPCL;
    t->c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN;
    t->c_cc[VINTR] = 3;     /* ^C */
    t->c_cc[VQUIT] = 034;   /* ^\ */
    t->c_cc[VERASE] = 0177; /* DEL */
    t->c_cc[VKILL] = 025;   /* ^U */
    t->c_cc[VEOF] = 4;      /* ^D */
    t->c_cc[VTIME] = 0;
    t->c_cc[VMIN] = 1;
    t->c_cc[VSTART] = 021;   /* ^Q */
    t->c_cc[VSTOP] = 023;    /* ^S */
    t->c_cc[VSUSP] = 032;    /* ^Z */
    t->c_cc[VREPRINT] = 022; /* ^R */
    t->c_cc[VDISCARD] = 017; /* ^O */
    t->c_cc[VWERASE] = 027;  /* ^W */
    t->c_cc[VLNEXT] = 026;   /* ^V */
    t->__c_ispeed = t->__c_ospeed = B38400;
}

int tcgetattr(int fd, struct termios *t) {
    if (!tty_or_enotty(fd))
        return -1;
    if (!attrs_set) {
        defaults(&attrs);
        attrs_set = true;
    }
    *t = attrs;
    return 0;
}

int tcsetattr(int fd, int action, const struct termios *t) {
    if (!tty_or_enotty(fd))
        return -1;
    if (action != TCSANOW && action != TCSADRAIN && action != TCSAFLUSH) {
        errno = EINVAL;
        return -1;
    }
    attrs = *t;
    attrs_set = true;
    __wasmcc_runtime_termios(&attrs);
    return 0;
}

/* Output is written at once and input is not queued by the program, so
 * there is nothing to drain, flush, suspend or break. */
int tcdrain(int fd) { return tty_or_enotty(fd) ? 0 : -1; }
int tcflush(int fd, int queue) {
    (void)queue;
    return tty_or_enotty(fd) ? 0 : -1;
}
int tcflow(int fd, int action) {
    (void)action;
    return tty_or_enotty(fd) ? 0 : -1;
}
int tcsendbreak(int fd, int duration) {
    (void)duration;
    return tty_or_enotty(fd) ? 0 : -1;
}

pid_t tcgetpgrp(int fd) { return tty_or_enotty(fd) ? getpid() : -1; }

int tcsetpgrp(int fd, pid_t pgrp) {
    if (!tty_or_enotty(fd))
        return -1;
    if (pgrp != getpid()) {
        errno = EPERM;
        return -1;
    }
    return 0;
}

pid_t tcgetsid(int fd) { return tty_or_enotty(fd) ? getpid() : -1; }

speed_t cfgetispeed(const struct termios *t) { return t->__c_ispeed; }
speed_t cfgetospeed(const struct termios *t) { return t->__c_ospeed; }

static bool known_speed(speed_t s) { return s <= B38400 || (s >= B57600 && s <= B4000000); }

int cfsetispeed(struct termios *t, speed_t s) {
    if (!known_speed(s)) {
        errno = EINVAL;
        return -1;
    }
    t->__c_ispeed = s;
    return 0;
}

int cfsetospeed(struct termios *t, speed_t s) {
    if (!known_speed(s)) {
        errno = EINVAL;
        return -1;
    }
    t->__c_ospeed = s;
    t->c_cflag = (t->c_cflag & ~CBAUD) | s;
    return 0;
}

int cfsetspeed(struct termios *t, speed_t s) {
    return cfsetospeed(t, s) || cfsetispeed(t, s) ? -1 : 0;
}

/* Raw mode as Linux's cfmakeraw sets it: no input processing, no output
 * processing, no echo, no line editing, 8-bit characters, one byte a read. */
void cfmakeraw(struct termios *t) {
    t->c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t->c_oflag &= ~(tcflag_t)OPOST;
    t->c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t->c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
    t->c_cflag |= CS8;
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}

static char tty_path[] = "/dev/tty";

char *ttyname(int fd) { return tty_or_enotty(fd) ? tty_path : NULL; }

int ttyname_r(int fd, char *buf, size_t size) {
    if (!tty_or_enotty(fd))
        return errno;
    if (size < sizeof tty_path)
        return ERANGE;
    memcpy(buf, tty_path, sizeof tty_path);
    return 0;
}

char *ctermid(char *s) {
    if (!s)
        return tty_path;
    return strcpy(s, tty_path);
}
