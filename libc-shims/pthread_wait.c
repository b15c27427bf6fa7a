/*
 * Condition variables, read-write locks, spinlocks and barriers for the
 * one thread (see pthread.c for the choices). No other thread can signal,
 * release or arrive, so what would wait answers at once: cond_wait with a
 * spurious wakeup (0, as Emscripten), timed waits with ETIMEDOUT after
 * their deadline, and a wait that could never end with EDEADLK.
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "pthread_internal.h"

/* ---- Condition variables ---------------------------------------------- */

/* The clock of timed waits, in the word musl keeps it in: 0 is CLOCK_REALTIME,
 * the default, so PTHREAD_COND_INITIALIZER needs nothing else, and 1 is
 * CLOCK_MONOTONIC (wasi-libc's clockid_t is a pointer, so it is not stored). */
#define C_CLOCK(c) ((c)->__u.__i[4])
#define CA_MONOTONIC_BIT 1u
#define CA_PSHARED_BIT 0x80000000u

static clockid_t clock_of(unsigned monotonic) {
    return monotonic ? CLOCK_MONOTONIC : CLOCK_REALTIME;
}

int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict attr) {
    memset(c, 0, sizeof *c);
    if (attr)
        C_CLOCK(c) = (int)(attr->__attr & CA_MONOTONIC_BIT);
    return 0;
}

int pthread_cond_destroy(pthread_cond_t *c) {
    (void)c;
    return 0;
}

int pthread_cond_signal(pthread_cond_t *c) {
    (void)c;
    return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c) {
    (void)c;
    return 0;
}

int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m) {
    (void)c;
    return mutex_held_for_wait(m) ? 0 : EPERM;
}

int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                           const struct timespec *restrict deadline) {
    if (!mutex_held_for_wait(m))
        return EPERM;
    return sleep_until(clock_of((unsigned)C_CLOCK(c)), deadline);
}

int pthread_condattr_init(pthread_condattr_t *a) {
    a->__attr = 0;
    return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *a) {
    (void)a;
    return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clock) {
    /* Only clocks a wait can be measured on; CPU-time clocks are refused as on Linux. */
    if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
        return EINVAL;
    a->__attr = (a->__attr & CA_PSHARED_BIT) | (clock == CLOCK_MONOTONIC ? CA_MONOTONIC_BIT : 0);
    return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict clock) {
    *clock = clock_of(a->__attr & CA_MONOTONIC_BIT);
    return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t *a, int pshared) {
    return set_field(&a->__attr, CA_PSHARED_BIT, pshared, PTHREAD_PROCESS_SHARED);
}

int pthread_condattr_getpshared(const pthread_condattr_t *restrict a, int *restrict pshared) {
    *pshared = get_field(a->__attr, CA_PSHARED_BIT);
    return 0;
}

/* ---- Read-write locks -------------------------------------------------- */

/* The lock word: 0 free, n > 0 held by n read locks, -1 held for writing. */
#define RW_STATE(l) ((l)->__u.__i[0])
#define RW_WRITER (-1)
#define RW_MAX_READERS 0x7ffffffe

int pthread_rwlock_init(pthread_rwlock_t *restrict l, const pthread_rwlockattr_t *restrict attr) {
    (void)attr;
    memset(l, 0, sizeof *l);
    return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *l) {
    (void)l;
    return 0;
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *l) {
    if (RW_STATE(l) == RW_WRITER)
        return EBUSY;
    if (RW_STATE(l) == RW_MAX_READERS)
        return EAGAIN;
    RW_STATE(l)++;
    return 0;
}

/* Waiting for our own write lock would never end: Linux says EDEADLK too. */
int pthread_rwlock_rdlock(pthread_rwlock_t *l) {
    int r = pthread_rwlock_tryrdlock(l);
    return r == EBUSY ? EDEADLK : r;
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict l, const struct timespec *restrict t) {
    (void)t;
    return pthread_rwlock_rdlock(l);
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *l) {
    if (RW_STATE(l) != 0)
        return EBUSY;
    RW_STATE(l) = RW_WRITER;
    return 0;
}

/* A write lock over our own write lock is EDEADLK as on Linux; over our
 * own read locks Linux hangs forever, and this says EDEADLK instead. */
int pthread_rwlock_wrlock(pthread_rwlock_t *l) {
    int r = pthread_rwlock_trywrlock(l);
    return r == EBUSY ? EDEADLK : r;
}

/* Over our own read locks the write lock times out, as on Linux. */
int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict l, const struct timespec *restrict t) {
    int r = pthread_rwlock_trywrlock(l);
    if (r != EBUSY)
        return r;
    if (RW_STATE(l) == RW_WRITER)
        return EDEADLK;
    return sleep_until(CLOCK_REALTIME, t);
}

int pthread_rwlock_unlock(pthread_rwlock_t *l) {
    if (RW_STATE(l) == 0)
        return EPERM;
    if (RW_STATE(l) == RW_WRITER)
        RW_STATE(l) = 0;
    else
        RW_STATE(l)--;
    return 0;
}

int pthread_rwlockattr_init(pthread_rwlockattr_t *a) {
    a->__attr[0] = 0;
    a->__attr[1] = 0;
    return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *a) {
    (void)a;
    return 0;
}

int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *a, int pshared) {
    return set_field(&a->__attr[0], 1, pshared, PTHREAD_PROCESS_SHARED);
}

int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict a, int *restrict pshared) {
    *pshared = (int)a->__attr[0];
    return 0;
}

/* ---- Spinlocks ---------------------------------------------------------- */

int pthread_spin_init(pthread_spinlock_t *s, int pshared) {
    (void)pshared;
    *s = 0;
    return 0;
}

int pthread_spin_destroy(pthread_spinlock_t *s) {
    (void)s;
    return 0;
}

int pthread_spin_trylock(pthread_spinlock_t *s) {
    if (*s)
        return EBUSY;
    *s = 1;
    return 0;
}

/* Spinning on our own lock would never end (POSIX allows EDEADLK here). */
int pthread_spin_lock(pthread_spinlock_t *s) { return pthread_spin_trylock(s) ? EDEADLK : 0; }

int pthread_spin_unlock(pthread_spinlock_t *s) {
    *s = 0;
    return 0;
}

/* ---- Barriers ----------------------------------------------------------- */

#define B_COUNT(b) ((b)->__u.__i[0])

int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict attr,
                         unsigned count) {
    (void)attr;
    if (count == 0 || count > 0x7fffffffu)
        return EINVAL;
    memset(b, 0, sizeof *b);
    B_COUNT(b) = (int)count;
    return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *b) {
    (void)b;
    return 0;
}

/* The only thread is the last to arrive at a barrier of one, and so the
 * serial thread; a larger barrier would wait for threads that cannot exist. */
int pthread_barrier_wait(pthread_barrier_t *b) {
    return B_COUNT(b) == 1 ? PTHREAD_BARRIER_SERIAL_THREAD : EDEADLK;
}

int pthread_barrierattr_init(pthread_barrierattr_t *a) {
    a->__attr = 0;
    return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *a) {
    (void)a;
    return 0;
}

int pthread_barrierattr_setpshared(pthread_barrierattr_t *a, int pshared) {
    return set_field(&a->__attr, 1, pshared, PTHREAD_PROCESS_SHARED);
}

int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict a, int *restrict pshared) {
    *pshared = (int)a->__attr;
    return 0;
}
