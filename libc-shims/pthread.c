/*
 * <pthread.h> for a program with one thread (Emscripten without -pthread).
 *
 * Legacy code locks mutexes, calls pthread_once and keeps thread-specific
 * data "to be thread-safe" without starting a thread: all of that works
 * here with the results Linux gives a single thread. What Linux would do by
 * blocking until another thread acts cannot happen, since no other thread
 * exists, and each such case answers at once instead of hanging the page:
 *
 * - pthread_create fails with EAGAIN, as Emscripten documents for builds
 *   without threads; pthread_join and pthread_detach of any thread but the
 *   caller give ESRCH (no such thread), and joining oneself EDEADLK.
 * - Relocking a mutex the thread holds: recursive mutexes count; error-
 *   checking ones give EDEADLK, as POSIX requires; normal (default) ones,
 *   where Linux deadlocks forever, also give EDEADLK. trylock gives EBUSY.
 *   The same holds for spinlocks and for a write lock over our own lock.
 * - pthread_cond_wait returns 0 at once, as Emscripten's does: a spurious
 *   wakeup, which POSIX allows, so a caller that rechecks its predicate in
 *   a loop (as every correct caller does) keeps its own logic.
 * - Timed waits (cond, mutex, rwlock) sleep until their deadline and return
 *   ETIMEDOUT, which is what a single thread observes on Linux.
 * - A barrier of count 1 passes (PTHREAD_BARRIER_SERIAL_THREAD); a larger
 *   one can never fill and returns EDEADLK.
 * - pthread_exit from main runs the cleanup handlers, then the keys'
 *   destructors, then exit(0), as Linux does when the last thread exits.
 *   Returning from main (exit()) runs no key destructors, also as on Linux.
 *
 * Each object keeps its state in the words musl's implementation uses for
 * the same purpose (the first word of a mutex is its type, and so on), so
 * the static initializers of <pthread.h> are musl's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pthread_internal.h"

/* ---- The one thread ---------------------------------------------------- */

struct __pthread __wasmcc_main_thread;

pthread_t pthread_self(void) { return &__wasmcc_main_thread; }

#undef pthread_equal
int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr,
                   void *(*start)(void *), void *restrict arg) {
    (void)thread;
    (void)attr;
    (void)start;
    (void)arg;
    return EAGAIN;
}

int pthread_join(pthread_t thread, void **result) {
    (void)result;
    return thread == &__wasmcc_main_thread ? EDEADLK : ESRCH;
}

int pthread_tryjoin_np(pthread_t thread, void **result) { return pthread_join(thread, result); }

int pthread_timedjoin_np(pthread_t thread, void **result, const struct timespec *deadline) {
    (void)deadline;
    return pthread_join(thread, result);
}

int pthread_detach(pthread_t thread) { return thread == &__wasmcc_main_thread ? 0 : ESRCH; }

/* ---- Mutexes ----------------------------------------------------------- */

int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict attr) {
    memset(m, 0, sizeof *m);
    if (attr)
        M_TYPE(m) = (int)(attr->__attr & (MUTEX_TYPE_MASK | MUTEX_ROBUST_BIT));
    return 0;
}

/* The part of locking that does not wait; EBUSY means it would wait. */
static int mutex_try(pthread_mutex_t *m) {
    if (!M_LOCKED(m)) {
        M_LOCKED(m) = 1;
        M_COUNT(m) = 1;
        return 0;
    }
    if ((M_TYPE(m) & MUTEX_TYPE_MASK) == PTHREAD_MUTEX_RECURSIVE) {
        if (M_COUNT(m) == INT_MAX)
            return EAGAIN;
        M_COUNT(m)++;
        return 0;
    }
    return EBUSY;
}

int pthread_mutex_trylock(pthread_mutex_t *m) { return mutex_try(m); }

int pthread_mutex_lock(pthread_mutex_t *m) {
    int r = mutex_try(m);
    /* Held by this thread, the only one: waiting would never end. */
    return r == EBUSY ? EDEADLK : r;
}

int pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict deadline) {
    int r = mutex_try(m);
    if (r != EBUSY)
        return r;
    if ((M_TYPE(m) & MUTEX_TYPE_MASK) == PTHREAD_MUTEX_ERRORCHECK)
        return EDEADLK;
    /* A normal mutex held by its caller times out, as on Linux. */
    return sleep_until(CLOCK_REALTIME, deadline);
}

int pthread_mutex_unlock(pthread_mutex_t *m) {
    if (!M_LOCKED(m))
        return EPERM;
    if (--M_COUNT(m) == 0)
        M_LOCKED(m) = 0;
    return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m) { return M_LOCKED(m) ? EBUSY : 0; }

/* No thread can die holding a lock, so no robust mutex is ever inconsistent. */
int pthread_mutex_consistent(pthread_mutex_t *m) {
    (void)m;
    return EINVAL;
}

int pthread_mutex_getprioceiling(const pthread_mutex_t *restrict m, int *restrict ceiling) {
    (void)m;
    (void)ceiling;
    return EINVAL;
}

int pthread_mutex_setprioceiling(pthread_mutex_t *restrict m, int ceiling, int *restrict old) {
    (void)m;
    (void)ceiling;
    (void)old;
    return EINVAL;
}

/* ---- Mutex attributes -------------------------------------------------- */

#define MA_PROTOCOL_MASK (3u << 3)
#define MA_PSHARED_BIT 128u

int pthread_mutexattr_init(pthread_mutexattr_t *a) {
    a->__attr = 0;
    return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *a) {
    (void)a;
    return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type) {
    return set_field(&a->__attr, MUTEX_TYPE_MASK, type, PTHREAD_MUTEX_ERRORCHECK);
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict a, int *restrict type) {
    *type = get_field(a->__attr, MUTEX_TYPE_MASK);
    return 0;
}

int pthread_mutexattr_setrobust(pthread_mutexattr_t *a, int robust) {
    return set_field(&a->__attr, MUTEX_ROBUST_BIT, robust, PTHREAD_MUTEX_ROBUST);
}

int pthread_mutexattr_getrobust(const pthread_mutexattr_t *restrict a, int *restrict robust) {
    *robust = get_field(a->__attr, MUTEX_ROBUST_BIT);
    return 0;
}

int pthread_mutexattr_setprotocol(pthread_mutexattr_t *a, int protocol) {
    return set_field(&a->__attr, MA_PROTOCOL_MASK, protocol, PTHREAD_PRIO_PROTECT);
}

int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *restrict a, int *restrict protocol) {
    *protocol = get_field(a->__attr, MA_PROTOCOL_MASK);
    return 0;
}

int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int pshared) {
    return set_field(&a->__attr, MA_PSHARED_BIT, pshared, PTHREAD_PROCESS_SHARED);
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict a, int *restrict pshared) {
    *pshared = get_field(a->__attr, MA_PSHARED_BIT);
    return 0;
}

/* Priority ceilings need a real-time scheduler, which there is not. */
int pthread_mutexattr_setprioceiling(pthread_mutexattr_t *a, int ceiling) {
    (void)a;
    (void)ceiling;
    return EINVAL;
}

int pthread_mutexattr_getprioceiling(const pthread_mutexattr_t *restrict a, int *restrict ceiling) {
    (void)a;
    (void)ceiling;
    return EINVAL;
}

/* ---- pthread_once ------------------------------------------------------ */

enum { ONCE_NEVER = 0, ONCE_RUNNING = 1, ONCE_DONE = 2 };

int pthread_once(pthread_once_t *once, void (*init)(void)) {
    if (*once == ONCE_DONE)
        return 0;
    /* init called pthread_once on its own control: Linux would wait forever
     * for itself; saying so beats pretending the initialisation is done. */
    if (*once == ONCE_RUNNING)
        return EDEADLK;
    *once = ONCE_RUNNING;
    init();
    *once = ONCE_DONE;
    return 0;
}
