/*
 * Resource limits. The one limit that is real is the stack: the linker
 * places it first in memory (--stack-first) between __stack_low and
 * __stack_high, and its size is -sSTACK_SIZE. Everything else is bounded
 * only by the host, so it reads as RLIM_INFINITY. setrlimit accepts a
 * request that raises no limit above what getrlimit reports and changes
 * nothing; raising one fails with EPERM, as for an unprivileged process.
 */
#include <errno.h>
#include <stdint.h>
#include <sys/resource.h>

extern char __stack_low;
extern char __stack_high;

int getrlimit(int resource, struct rlimit *rlim) {
    if (resource < 0 || resource >= RLIMIT_NLIMITS) {
        errno = EINVAL;
        return -1;
    }
    if (resource == RLIMIT_STACK) {
        rlim_t size = (rlim_t)((uintptr_t)&__stack_high - (uintptr_t)&__stack_low);
        rlim->rlim_cur = rlim->rlim_max = size;
    } else {
        rlim->rlim_cur = rlim->rlim_max = RLIM_INFINITY;
    }
    return 0;
}

int setrlimit(int resource, const struct rlimit *rlim) {
    struct rlimit now;
    if (getrlimit(resource, &now) != 0)
        return -1;
    if (rlim->rlim_cur > rlim->rlim_max) {
        errno = EINVAL;
        return -1;
    }
    if (rlim->rlim_max > now.rlim_max) {
        errno = EPERM;
        return -1;
    }
    return 0;
}

/* Priorities: the program is the only process, at priority 0. Lowering
 * it (a higher value) is allowed and changes nothing; raising it above 0
 * fails with EACCES, as for an unprivileged process. */
int getpriority(int which, id_t who) {
    if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) {
        errno = EINVAL;
        return -1;
    }
    (void)who;
    return 0;
}

int setpriority(int which, id_t who, int value) {
    if (getpriority(which, who) != 0)
        return -1;
    if (value < 0) {
        errno = EACCES;
        return -1;
    }
    return 0;
}
