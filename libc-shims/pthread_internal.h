/*
 * What the single-thread <pthread.h> files (pthread*.c, threads.c) share:
 * the one thread's record, the words of a mutex, and timed waits.
 */
#ifndef WASMCC_PTHREAD_INTERNAL_H
#define WASMCC_PTHREAD_INTERNAL_H

#include <errno.h>
#include <pthread.h>
#include <time.h>

/* pthread_t is a pointer in C and an integer of the same size in C++; the
 * address of this record is the only thread's identity (never 0). */
struct __pthread {
    char name[16];
    int cancel_disabled;
    int cancel_async;
    int cancel_pending;
    int concurrency;
};

extern struct __pthread __wasmcc_main_thread __attribute__((visibility("hidden")));

/* A mutex's words, where musl keeps the same things: type, lock, count. */
#define M_TYPE(m) ((m)->__u.__i[0])
#define M_LOCKED(m) ((m)->__u.__i[1])
#define M_COUNT(m) ((m)->__u.__i[5])
#define MUTEX_TYPE_MASK 3
#define MUTEX_ROBUST_BIT 4

/* The caller of a wait must hold the mutex; error-checking and recursive
 * mutexes say so when it does not (POSIX's EPERM). */
static inline int mutex_held_for_wait(pthread_mutex_t *m) {
    return M_LOCKED(m) || (M_TYPE(m) & MUTEX_TYPE_MASK) == PTHREAD_MUTEX_NORMAL;
}

/* Attribute objects keep each setting in a field of bits, `mask` (one run of
 * set bits): these store a value of 0..max there, or refuse it with EINVAL,
 * and read it back. */
static inline int set_field(unsigned *attr, unsigned mask, int value, int max) {
    if ((unsigned)value > (unsigned)max)
        return EINVAL;
    *attr = (*attr & ~mask) | (((unsigned)value * (mask & -mask)) & mask);
    return 0;
}

static inline int get_field(unsigned attr, unsigned mask) {
    return (int)((attr & mask) / (mask & -mask));
}

static inline int valid_deadline(const struct timespec *t) {
    return t && t->tv_nsec >= 0 && t->tv_nsec < 1000000000L;
}

/* Sleeps until `deadline` on `clock` and reports ETIMEDOUT: with no other
 * thread, nothing else can end the wait. */
static inline int sleep_until(clockid_t clock, const struct timespec *deadline) {
    if (!valid_deadline(deadline))
        return EINVAL;
    while (clock_nanosleep(clock, TIMER_ABSTIME, deadline, NULL) == EINTR) {
    }
    return ETIMEDOUT;
}

#endif
