/*
 * C11 <threads.h> (declared by wasi-libc, defined nowhere in it) over the
 * single-thread pthread functions: mtx_t and cnd_t have the layouts of
 * pthread_mutex_t and pthread_cond_t, once_flag is pthread_once_t and
 * tss_t is pthread_key_t. thrd_create cannot start a thread and returns
 * thrd_error ("the request could not be honored").
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <threads.h>
#include <time.h>

static int result_of(int err) {
    switch (err) {
    case 0:
        return thrd_success;
    case EBUSY:
        return thrd_busy;
    case ETIMEDOUT:
        return thrd_timedout;
    case ENOMEM:
        return thrd_nomem;
    default:
        return thrd_error;
    }
}

int thrd_create(thrd_t *thread, thrd_start_t start, void *arg) {
    (void)thread;
    (void)start;
    (void)arg;
    return thrd_error;
}

_Noreturn void thrd_exit(int result) { pthread_exit((void *)(intptr_t)result); }

int thrd_join(thrd_t thread, int *result) {
    (void)result;
    return result_of(pthread_join((pthread_t)thread, NULL));
}

int thrd_detach(thrd_t thread) { return result_of(pthread_detach((pthread_t)thread)); }

thrd_t thrd_current(void) { return (thrd_t)pthread_self(); }

#undef thrd_equal
int thrd_equal(thrd_t a, thrd_t b) { return a == b; }

void thrd_yield(void) { sched_yield(); }

/* C11: 0 when slept, -1 when interrupted, another negative value on error. */
int thrd_sleep(const struct timespec *duration, struct timespec *remaining) {
    if (nanosleep(duration, remaining) == 0)
        return 0;
    return errno == EINTR ? -1 : -2;
}

void call_once(once_flag *flag, void (*init)(void)) { pthread_once(flag, init); }

int mtx_init(mtx_t *m, int type) {
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    if (type & mtx_recursive)
        pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    return result_of(pthread_mutex_init((pthread_mutex_t *)m, &attr));
}

void mtx_destroy(mtx_t *m) { pthread_mutex_destroy((pthread_mutex_t *)m); }

int mtx_lock(mtx_t *m) { return result_of(pthread_mutex_lock((pthread_mutex_t *)m)); }

int mtx_trylock(mtx_t *m) { return result_of(pthread_mutex_trylock((pthread_mutex_t *)m)); }

int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict deadline) {
    return result_of(pthread_mutex_timedlock((pthread_mutex_t *)m, deadline));
}

int mtx_unlock(mtx_t *m) { return result_of(pthread_mutex_unlock((pthread_mutex_t *)m)); }

int cnd_init(cnd_t *c) { return result_of(pthread_cond_init((pthread_cond_t *)c, NULL)); }

void cnd_destroy(cnd_t *c) { pthread_cond_destroy((pthread_cond_t *)c); }

int cnd_signal(cnd_t *c) { return result_of(pthread_cond_signal((pthread_cond_t *)c)); }

int cnd_broadcast(cnd_t *c) { return result_of(pthread_cond_broadcast((pthread_cond_t *)c)); }

int cnd_wait(cnd_t *c, mtx_t *m) {
    return result_of(pthread_cond_wait((pthread_cond_t *)c, (pthread_mutex_t *)m));
}

int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m, const struct timespec *restrict deadline) {
    return result_of(
        pthread_cond_timedwait((pthread_cond_t *)c, (pthread_mutex_t *)m, deadline));
}

int tss_create(tss_t *key, tss_dtor_t destructor) {
    return result_of(pthread_key_create(key, destructor));
}

void tss_delete(tss_t key) { pthread_key_delete(key); }

int tss_set(tss_t key, void *value) { return result_of(pthread_setspecific(key, value)); }

void *tss_get(tss_t key) { return pthread_getspecific(key); }
