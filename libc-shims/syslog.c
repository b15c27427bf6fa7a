/*
 * syslog without a system logger. A message the mask lets through is
 * written to stderr when openlog() asked for LOG_PERROR, in glibc's form
 * "ident[pid]: message" (the pid with LOG_PID; the ident defaults to the
 * program's name); otherwise it is dropped, as it would be on a system
 * whose logger is not running. %m stands for strerror(errno), as in glibc.
 * closelog() forgets the ident but, as glibc's, keeps the options.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

extern char *program_invocation_short_name;

static const char *log_ident;
static int log_options;
static int log_mask = 0xff;

void openlog(const char *ident, int options, int facility) {
    (void)facility;
    log_ident = ident;
    log_options = options;
}

void closelog(void) { log_ident = NULL; }

int setlogmask(int mask) {
    int old = log_mask;
    if (mask != 0)
        log_mask = mask;
    return old;
}

void vsyslog(int priority, const char *format, va_list ap) {
    if (!(log_mask & LOG_MASK(LOG_PRI(priority))) || !(log_options & LOG_PERROR))
        return;
    char msg[1024];
    vsnprintf(msg, sizeof msg, format, ap);
    const char *ident = log_ident;
    if (!ident)
        ident = program_invocation_short_name;
    size_t len = strlen(msg);
    const char *newline = len > 0 && msg[len - 1] == '\n' ? "" : "\n";
    if (ident && *ident) {
        if (log_options & LOG_PID)
            fprintf(stderr, "%s[%d]: %s%s", ident, (int)getpid(), msg, newline);
        else
            fprintf(stderr, "%s: %s%s", ident, msg, newline);
    } else {
        fprintf(stderr, "%s%s", msg, newline);
    }
}

void syslog(int priority, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    vsyslog(priority, format, ap);
    va_end(ap);
}
