/*
 * The end of the one thread and what it carries: thread-specific keys,
 * cleanup handlers, cancellation, and its signal mask.
 *
 * pthread_exit from main runs the cleanup handlers (newest first), then
 * the keys' destructors (up to PTHREAD_DESTRUCTOR_ITERATIONS rounds while
 * values remain), then exit(0), so atexit handlers run and stdio is
 * flushed: Linux does the same when the last thread exits. exit() and a
 * return from main run no key destructors, as on Linux.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pthread_internal.h"

/* ---- Thread-specific keys ------------------------------------------------ */

static struct {
    bool used;
    void (*destructor)(void *);
    const void *value;
} keys[PTHREAD_KEYS_MAX];

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *)) {
    for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
        if (!keys[k].used) {
            keys[k].used = true;
            keys[k].destructor = destructor;
            keys[k].value = NULL;
            *key = k;
            return 0;
        }
    }
    return EAGAIN;
}

int pthread_key_delete(pthread_key_t key) {
    if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
        return EINVAL;
    keys[key].used = false;
    keys[key].value = NULL;
    return 0;
}

void *pthread_getspecific(pthread_key_t key) {
    if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
        return NULL;
    return (void *)keys[key].value;
}

int pthread_setspecific(pthread_key_t key, const void *value) {
    if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
        return EINVAL;
    keys[key].value = value;
    return 0;
}

/* POSIX: each non-NULL value is set to NULL and its destructor called with
 * the old value; destructors may set values again, hence the rounds. */
static void run_key_destructors(void) {
    for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
        bool ran = false;
        for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
            void *value = (void *)keys[k].value;
            if (keys[k].used && value && keys[k].destructor) {
                keys[k].value = NULL;
                keys[k].destructor(value);
                ran = true;
            }
        }
        if (!ran)
            return;
    }
}

/* ---- Cleanup handlers and exit ------------------------------------------ */

static struct __wasmcc_cleanup *cleanup_top;

void __wasmcc_cleanup_push(struct __wasmcc_cleanup *cb, void (*f)(void *), void *x) {
    cb->__f = f;
    cb->__x = x;
    cb->__next = cleanup_top;
    cleanup_top = cb;
}

void __wasmcc_cleanup_pop(struct __wasmcc_cleanup *cb, int execute) {
    cleanup_top = cb->__next;
    if (execute)
        cb->__f(cb->__x);
}

_Noreturn void pthread_exit(void *result) {
    (void)result;
    /* Handlers and destructors that call pthread_exit again must not loop. */
    __wasmcc_main_thread.cancel_disabled = 1;
    while (cleanup_top) {
        struct __wasmcc_cleanup *cb = cleanup_top;
        cleanup_top = cb->__next;
        cb->__f(cb->__x);
    }
    run_key_destructors();
    exit(0);
}

/* ---- Cancellation -------------------------------------------------------- */

/* Only the thread itself can be cancelled; the request acts at
 * pthread_testcancel (the other cancellation points of POSIX, such as
 * read or sleep, do not check it), or at once if asynchronous. */
int pthread_cancel(pthread_t thread) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    __wasmcc_main_thread.cancel_pending = 1;
    if (__wasmcc_main_thread.cancel_async)
        pthread_testcancel();
    return 0;
}

void pthread_testcancel(void) {
    if (__wasmcc_main_thread.cancel_pending && !__wasmcc_main_thread.cancel_disabled)
        pthread_exit(PTHREAD_CANCELED);
}

int pthread_setcancelstate(int state, int *old) {
    if ((unsigned)state > PTHREAD_CANCEL_DISABLE)
        return EINVAL;
    if (old)
        *old = __wasmcc_main_thread.cancel_disabled;
    __wasmcc_main_thread.cancel_disabled = state;
    return 0;
}

int pthread_setcanceltype(int type, int *old) {
    if ((unsigned)type > PTHREAD_CANCEL_ASYNCHRONOUS)
        return EINVAL;
    if (old)
        *old = __wasmcc_main_thread.cancel_async;
    __wasmcc_main_thread.cancel_async = type;
    return 0;
}

/* ---- Signals ------------------------------------------------------------- */

/* The one thread's mask is the process's, which sigprocmask keeps
 * (libc-shims/signals.c). */
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old) {
    return sigprocmask(how, set, old) == 0 ? 0 : errno;
}

int pthread_kill(pthread_t thread, int sig) {
    if (thread != &__wasmcc_main_thread)
        return ESRCH;
    if (sig < 0 || sig >= _NSIG)
        return EINVAL;
    if (sig == 0)
        return 0;
    return raise(sig) == 0 ? 0 : errno;
}
