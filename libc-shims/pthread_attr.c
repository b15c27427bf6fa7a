/*
 * Thread attributes and scheduling for the one thread. Attributes are
 * checked and kept as POSIX describes (a program sets them up before a
 * pthread_create that then fails with EAGAIN); the thread itself runs
 * under SCHED_OTHER at priority 0, and real-time policies are refused with
 * EPERM, as Linux refuses them to an unprivileged process.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>

#include "pthread_internal.h"

/* The words musl uses: sizes and the stack address first, then flags. */
#define A_STACKSIZE(a) ((a)->__u.__s[0])
#define A_GUARDSIZE(a) ((a)->__u.__s[1])
#define A_STACKADDR(a) ((a)->__u.__s[2])
#define A_DETACH(a) ((a)->__u.__i[3])
#define A_INHERIT(a) ((a)->__u.__i[4])
#define A_POLICY(a) ((a)->__u.__i[5])
#define A_PRIORITY(a) ((a)->__u.__i[6])

/* wasm-ld's bounds of the stack: the one thread's real stack. */
extern char __stack_low, __stack_high;

static size_t main_stack_size(void) { return (size_t)(&__stack_high - &__stack_low); }

int sched_get_priority_max(int policy) {
    if (policy == SCHED_FIFO || policy == SCHED_RR)
        return 99;
    if (policy == SCHED_OTHER)
        return 0;
    errno = EINVAL;
    return -1;
}

int sched_get_priority_min(int policy) {
    if (policy == SCHED_FIFO || policy == SCHED_RR)
        return 1;
    if (policy == SCHED_OTHER)
        return 0;
    errno = EINVAL;
    return -1;
}

static int valid_priority(int policy, int priority) {
    int low = sched_get_priority_min(policy);
    return low >= 0 && priority >= low && priority <= sched_get_priority_max(policy);
}

int pthread_attr_init(pthread_attr_t *a) {
    memset(a, 0, sizeof *a);
    A_STACKSIZE(a) = main_stack_size();
    return 0;
}

int pthread_attr_destroy(pthread_attr_t *a) {
    (void)a;
    return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *a, int state) {
    if ((unsigned)state > PTHREAD_CREATE_DETACHED)
        return EINVAL;
    A_DETACH(a) = state;
    return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state) {
    *state = A_DETACH(a);
    return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *a, size_t size) {
    if (size < PTHREAD_STACK_MIN)
        return EINVAL;
    A_STACKADDR(a) = 0;
    A_STACKSIZE(a) = size;
    return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *restrict a, size_t *restrict size) {
    *size = A_STACKSIZE(a);
    return 0;
}

int pthread_attr_setguardsize(pthread_attr_t *a, size_t size) {
    A_GUARDSIZE(a) = size;
    return 0;
}

int pthread_attr_getguardsize(const pthread_attr_t *restrict a, size_t *restrict size) {
    *size = A_GUARDSIZE(a);
    return 0;
}

/* POSIX's stack address is the lowest address of the stack. */
int pthread_attr_setstack(pthread_attr_t *a, void *addr, size_t size) {
    if (size < PTHREAD_STACK_MIN)
        return EINVAL;
    A_STACKADDR(a) = (unsigned long)addr;
    A_STACKSIZE(a) = size;
    return 0;
}

int pthread_attr_getstack(const pthread_attr_t *restrict a, void **restrict addr,
                          size_t *restrict size) {
    /* No check that a stack was set: the main thread's starts at address 0. */
    *addr = (void *)A_STACKADDR(a);
    *size = A_STACKSIZE(a);
    return 0;
}

/* Threads compete with the whole system, as every thread on Linux. */
int pthread_attr_setscope(pthread_attr_t *a, int scope) {
    (void)a;
    if (scope == PTHREAD_SCOPE_SYSTEM)
        return 0;
    return scope == PTHREAD_SCOPE_PROCESS ? ENOTSUP : EINVAL;
}

int pthread_attr_getscope(const pthread_attr_t *restrict a, int *restrict scope) {
    (void)a;
    *scope = PTHREAD_SCOPE_SYSTEM;
    return 0;
}

int pthread_attr_setinheritsched(pthread_attr_t *a, int inherit) {
    if ((unsigned)inherit > PTHREAD_EXPLICIT_SCHED)
        return EINVAL;
    A_INHERIT(a) = inherit;
    return 0;
}

int pthread_attr_getinheritsched(const pthread_attr_t *restrict a, int *restrict inherit) {
    *inherit = A_INHERIT(a);
    return 0;
}

int pthread_attr_setschedpolicy(pthread_attr_t *a, int policy) {
    if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR)
        return EINVAL;
    A_POLICY(a) = policy;
    return 0;
}

int pthread_attr_getschedpolicy(const pthread_attr_t *restrict a, int *restrict policy) {
    *policy = A_POLICY(a);
    return 0;
}

int pthread_attr_setschedparam(pthread_attr_t *restrict a, const struct sched_param *restrict p) {
    if (!valid_priority(A_POLICY(a), p->sched_priority))
        return EINVAL;
    A_PRIORITY(a) = p->sched_priority;
    return 0;
}

int pthread_attr_getschedparam(const pthread_attr_t *restrict a, struct sched_param *restrict p) {
    memset(p, 0, sizeof *p);
    p->sched_priority = A_PRIORITY(a);
    return 0;
}

/* The attributes of the running thread: its real stack, as wasm-ld laid it out. */
int pthread_getattr_np(pthread_t thread, pthread_attr_t *a) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    memset(a, 0, sizeof *a);
    A_STACKADDR(a) = (unsigned long)&__stack_low;
    A_STACKSIZE(a) = main_stack_size();
    return 0;
}

/* ---- The running thread's scheduling ----------------------------------- */

int pthread_getschedparam(pthread_t thread, int *restrict policy, struct sched_param *restrict p) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    *policy = SCHED_OTHER;
    memset(p, 0, sizeof *p);
    return 0;
}

int pthread_setschedparam(pthread_t thread, int policy, const struct sched_param *p) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    if (!valid_priority(policy, p->sched_priority))
        return EINVAL;
    return policy == SCHED_OTHER ? 0 : EPERM;
}

int pthread_setschedprio(pthread_t thread, int priority) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    return priority == 0 ? 0 : EINVAL;
}

int pthread_getconcurrency(void) { return __wasmcc_main_thread.concurrency; }

int pthread_setconcurrency(int level) {
    if (level < 0)
        return EINVAL;
    __wasmcc_main_thread.concurrency = level;
    return 0;
}

/* The thread's CPU time is the process's. */
int pthread_getcpuclockid(pthread_t thread, clockid_t *clock) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    *clock = CLOCK_THREAD_CPUTIME_ID;
    return 0;
}

/* fork never succeeds here, so the handlers can never be called. */
int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void)) {
    (void)prepare;
    (void)parent;
    (void)child;
    return 0;
}

/* ---- Names (glibc's, 15 characters and the NUL at most) --------------- */

int pthread_setname_np(pthread_t thread, const char *name) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    size_t len = strlen(name);
    if (len >= sizeof __wasmcc_main_thread.name)
        return ERANGE;
    memcpy(__wasmcc_main_thread.name, name, len + 1);
    return 0;
}

int pthread_getname_np(pthread_t thread, char *buf, size_t size) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    size_t len = strlen(__wasmcc_main_thread.name);
    if (size <= len)
        return ERANGE;
    memcpy(buf, __wasmcc_main_thread.name, len + 1);
    return 0;
}
