/* <pthread.h> in a program that never starts a thread: what legacy code
 * does "to be thread-safe". Every result printed here is what Linux gives
 * a single thread, so the native and wasm runs must agree. The program
 * ends with pthread_exit from main: cleanup handlers, then key
 * destructors, then atexit handlers, and status 0. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <time.h>

static const char *name(int e) {
    switch (e) {
    case 0: return "0";
    case EBUSY: return "EBUSY";
    case EDEADLK: return "EDEADLK";
    case EPERM: return "EPERM";
    case EINVAL: return "EINVAL";
    case ETIMEDOUT: return "ETIMEDOUT";
    case ENOTSUP: return "ENOTSUP";
    case ERANGE: return "ERANGE";
    case EAGAIN: return "EAGAIN";
    case PTHREAD_BARRIER_SERIAL_THREAD: return "SERIAL_THREAD";
    default: return "other";
    }
}

#define SHOW(call) printf("%-44s %s\n", #call, name(call))

static void mutexes(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    puts("-- default mutex (static initializer)");
    SHOW(pthread_mutex_lock(&m));
    SHOW(pthread_mutex_trylock(&m));
    SHOW(pthread_mutex_destroy(&m));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_trylock(&m));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_destroy(&m));

    pthread_mutexattr_t a;
    int v = -1;
    puts("-- mutex attributes");
    SHOW(pthread_mutexattr_init(&a));
    SHOW(pthread_mutexattr_gettype(&a, &v));
    printf("default type is PTHREAD_MUTEX_DEFAULT: %d\n", v == PTHREAD_MUTEX_DEFAULT);
    SHOW(pthread_mutexattr_settype(&a, 99));
    SHOW(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK));
    SHOW(pthread_mutexattr_gettype(&a, &v));
    printf("type is ERRORCHECK: %d\n", v == PTHREAD_MUTEX_ERRORCHECK);
    SHOW(pthread_mutexattr_getpshared(&a, &v));
    printf("pshared is PRIVATE: %d\n", v == PTHREAD_PROCESS_PRIVATE);
    SHOW(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED));
    SHOW(pthread_mutexattr_getpshared(&a, &v));
    printf("pshared is SHARED: %d\n", v == PTHREAD_PROCESS_SHARED);
    SHOW(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_PRIVATE));

    puts("-- error-checking mutex");
    SHOW(pthread_mutex_init(&m, &a));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_lock(&m));
    SHOW(pthread_mutex_lock(&m));
    SHOW(pthread_mutex_trylock(&m));
    struct timespec soon;
    clock_gettime(CLOCK_REALTIME, &soon);
    SHOW(pthread_mutex_timedlock(&m, &soon));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_destroy(&m));

    puts("-- recursive mutex");
    SHOW(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE));
    SHOW(pthread_mutex_init(&m, &a));
    SHOW(pthread_mutex_lock(&m));
    SHOW(pthread_mutex_lock(&m));
    SHOW(pthread_mutex_trylock(&m));
    SHOW(pthread_mutex_timedlock(&m, &soon));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_destroy(&m));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_mutex_destroy(&m));
    SHOW(pthread_mutexattr_destroy(&a));

    pthread_mutex_t r = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
    puts("-- recursive mutex (glibc's static initializer)");
    SHOW(pthread_mutex_lock(&r));
    SHOW(pthread_mutex_lock(&r));
    SHOW(pthread_mutex_unlock(&r));
    SHOW(pthread_mutex_unlock(&r));
    SHOW(pthread_mutex_unlock(&r));
}

static int once_runs;
static void once_init(void) { once_runs++; }

static void once(void) {
    static pthread_once_t control = PTHREAD_ONCE_INIT;
    puts("-- pthread_once");
    for (int i = 0; i < 3; i++)
        SHOW(pthread_once(&control, once_init));
    printf("init ran %d time(s)\n", once_runs);
}

static long elapsed_ms(const struct timespec *from, clockid_t clock) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (now.tv_sec - from->tv_sec) * 1000 + (now.tv_nsec - from->tv_nsec) / 1000000;
}

static struct timespec after_ms(clockid_t clock, long ms) {
    struct timespec t;
    clock_gettime(clock, &t);
    t.tv_nsec += ms * 1000000;
    t.tv_sec += t.tv_nsec / 1000000000;
    t.tv_nsec %= 1000000000;
    return t;
}

static void conditions(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    puts("-- condition variable, realtime clock");
    SHOW(pthread_cond_signal(&c));
    SHOW(pthread_cond_broadcast(&c));
    SHOW(pthread_mutex_lock(&m));
    struct timespec start, deadline = after_ms(CLOCK_REALTIME, 40);
    clock_gettime(CLOCK_REALTIME, &start);
    SHOW(pthread_cond_timedwait(&c, &m, &deadline));
    printf("waited until the deadline: %d\n", elapsed_ms(&start, CLOCK_REALTIME) >= 35);
    SHOW(pthread_cond_timedwait(&c, &m, &deadline));
    struct timespec bad = {0, -1};
    SHOW(pthread_cond_timedwait(&c, &m, &bad));
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_cond_destroy(&c));

    pthread_condattr_t a;
    clockid_t clock;
    puts("-- condition variable, monotonic clock");
    SHOW(pthread_condattr_init(&a));
    SHOW(pthread_condattr_getclock(&a, &clock));
    printf("default clock is REALTIME: %d\n", clock == CLOCK_REALTIME);
    SHOW(pthread_condattr_setclock(&a, CLOCK_MONOTONIC));
    SHOW(pthread_condattr_getclock(&a, &clock));
    printf("clock is MONOTONIC: %d\n", clock == CLOCK_MONOTONIC);
    SHOW(pthread_cond_init(&c, &a));
    SHOW(pthread_condattr_destroy(&a));
    SHOW(pthread_mutex_lock(&m));
    deadline = after_ms(CLOCK_MONOTONIC, 40);
    clock_gettime(CLOCK_MONOTONIC, &start);
    SHOW(pthread_cond_timedwait(&c, &m, &deadline));
    printf("waited until the deadline: %d\n", elapsed_ms(&start, CLOCK_MONOTONIC) >= 35);
    SHOW(pthread_mutex_unlock(&m));
    SHOW(pthread_cond_destroy(&c));

    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&m, &ma);
    pthread_cond_init(&c, NULL);
    puts("-- waiting without holding an error-checking mutex");
    SHOW(pthread_cond_wait(&c, &m));
    deadline = after_ms(CLOCK_REALTIME, 10);
    SHOW(pthread_cond_timedwait(&c, &m, &deadline));
    pthread_mutex_destroy(&m);
}

static void rwlocks(void) {
    pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
    puts("-- rwlock");
    SHOW(pthread_rwlock_rdlock(&l));
    SHOW(pthread_rwlock_rdlock(&l));
    SHOW(pthread_rwlock_tryrdlock(&l));
    SHOW(pthread_rwlock_trywrlock(&l));
    struct timespec deadline = after_ms(CLOCK_REALTIME, 20);
    SHOW(pthread_rwlock_timedwrlock(&l, &deadline));
    SHOW(pthread_rwlock_unlock(&l));
    SHOW(pthread_rwlock_unlock(&l));
    SHOW(pthread_rwlock_unlock(&l));
    SHOW(pthread_rwlock_wrlock(&l));
    SHOW(pthread_rwlock_tryrdlock(&l));
    SHOW(pthread_rwlock_trywrlock(&l));
    SHOW(pthread_rwlock_rdlock(&l));
    SHOW(pthread_rwlock_wrlock(&l));
    SHOW(pthread_rwlock_unlock(&l));
    SHOW(pthread_rwlock_trywrlock(&l));
    SHOW(pthread_rwlock_unlock(&l));
    SHOW(pthread_rwlock_destroy(&l));

    pthread_rwlockattr_t a;
    int v = -1;
    SHOW(pthread_rwlockattr_init(&a));
    SHOW(pthread_rwlockattr_setpshared(&a, PTHREAD_PROCESS_SHARED));
    SHOW(pthread_rwlockattr_getpshared(&a, &v));
    printf("pshared is SHARED: %d\n", v == PTHREAD_PROCESS_SHARED);
    SHOW(pthread_rwlock_init(&l, &a));
    SHOW(pthread_rwlock_wrlock(&l));
    SHOW(pthread_rwlock_unlock(&l));
    SHOW(pthread_rwlock_destroy(&l));
    SHOW(pthread_rwlockattr_destroy(&a));
}

static void spin_and_barrier(void) {
    pthread_spinlock_t s;
    puts("-- spinlock");
    SHOW(pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE));
    SHOW(pthread_spin_lock(&s));
    SHOW(pthread_spin_trylock(&s));
    SHOW(pthread_spin_unlock(&s));
    SHOW(pthread_spin_trylock(&s));
    SHOW(pthread_spin_unlock(&s));
    SHOW(pthread_spin_destroy(&s));

    pthread_barrier_t b;
    pthread_barrierattr_t a;
    int v = -1;
    puts("-- barrier of one");
    SHOW(pthread_barrierattr_init(&a));
    SHOW(pthread_barrierattr_getpshared(&a, &v));
    printf("pshared is PRIVATE: %d\n", v == PTHREAD_PROCESS_PRIVATE);
    SHOW(pthread_barrier_init(&b, &a, 0));
    SHOW(pthread_barrier_init(&b, &a, 1));
    SHOW(pthread_barrier_wait(&b));
    SHOW(pthread_barrier_wait(&b));
    SHOW(pthread_barrier_destroy(&b));
    SHOW(pthread_barrierattr_destroy(&a));
}

static void attributes(void) {
    pthread_attr_t a;
    int v = -1;
    size_t size = 0;
    struct sched_param p = {0};
    puts("-- thread attributes");
    SHOW(pthread_attr_init(&a));
    SHOW(pthread_attr_getdetachstate(&a, &v));
    printf("joinable: %d\n", v == PTHREAD_CREATE_JOINABLE);
    SHOW(pthread_attr_setdetachstate(&a, 7));
    SHOW(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED));
    SHOW(pthread_attr_getdetachstate(&a, &v));
    printf("detached: %d\n", v == PTHREAD_CREATE_DETACHED);
    SHOW(pthread_attr_setstacksize(&a, 1));
    SHOW(pthread_attr_setstacksize(&a, 1 << 20));
    SHOW(pthread_attr_getstacksize(&a, &size));
    printf("stack size: %zu\n", size);
    SHOW(pthread_attr_setscope(&a, PTHREAD_SCOPE_PROCESS));
    SHOW(pthread_attr_setscope(&a, PTHREAD_SCOPE_SYSTEM));
    SHOW(pthread_attr_getscope(&a, &v));
    printf("scope is SYSTEM: %d\n", v == PTHREAD_SCOPE_SYSTEM);
    SHOW(pthread_attr_getinheritsched(&a, &v));
    printf("inherits: %d\n", v == PTHREAD_INHERIT_SCHED);
    SHOW(pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED));
    SHOW(pthread_attr_getinheritsched(&a, &v));
    printf("explicit: %d\n", v == PTHREAD_EXPLICIT_SCHED);
    SHOW(pthread_attr_getschedpolicy(&a, &v));
    printf("policy is SCHED_OTHER: %d\n", v == SCHED_OTHER);
    SHOW(pthread_attr_setschedpolicy(&a, 42));
    SHOW(pthread_attr_getschedparam(&a, &p));
    printf("priority: %d\n", p.sched_priority);
    p.sched_priority = 5;
    SHOW(pthread_attr_setschedparam(&a, &p));
    SHOW(pthread_attr_destroy(&a));

    puts("-- the running thread");
    pthread_t self = pthread_self();
    printf("pthread_equal(self, self): %d\n", pthread_equal(self, pthread_self()) != 0);
    SHOW(pthread_getschedparam(self, &v, &p));
    printf("policy is SCHED_OTHER: %d, priority %d\n", v == SCHED_OTHER, p.sched_priority);
    SHOW(pthread_join(self, NULL));
    SHOW(pthread_kill(self, 0));
    SHOW(pthread_setname_np(self, "a-name-far-too-long"));
    SHOW(pthread_setname_np(self, "worker"));
    char buf[16];
    SHOW(pthread_getname_np(self, buf, sizeof buf));
    printf("name: %s\n", buf);
    SHOW(pthread_getname_np(self, buf, 3));
    SHOW(sched_yield());
    sigset_t old;
    memset(&old, 0, sizeof old);
    SHOW(pthread_sigmask(SIG_BLOCK, NULL, &old));
    SHOW(pthread_sigmask(99, &old, NULL));
    SHOW(pthread_sigmask(SIG_SETMASK, &old, NULL));
    SHOW(pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &v));
    printf("cancel was enabled: %d\n", v == PTHREAD_CANCEL_ENABLE);
    SHOW(pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL));
}

static void c11(void) {
    static once_flag flag = ONCE_FLAG_INIT;
    mtx_t m;
    cnd_t c;
    tss_t key;
    int value = 7;
    puts("-- C11 <threads.h>");
    printf("mtx_init plain: %d\n", mtx_init(&m, mtx_plain) == thrd_success);
    printf("mtx_lock: %d\n", mtx_lock(&m) == thrd_success);
    printf("mtx_trylock busy: %d\n", mtx_trylock(&m) == thrd_busy);
    printf("mtx_unlock: %d\n", mtx_unlock(&m) == thrd_success);
    mtx_destroy(&m);
    printf("mtx_init recursive: %d\n", mtx_init(&m, mtx_recursive | mtx_timed) == thrd_success);
    printf("mtx_lock twice: %d\n", mtx_lock(&m) == thrd_success && mtx_lock(&m) == thrd_success);
    printf("mtx_unlock twice: %d\n", mtx_unlock(&m) == thrd_success && mtx_unlock(&m) == thrd_success);
    call_once(&flag, once_init);
    call_once(&flag, once_init);
    printf("call_once: init ran %d time(s) in all\n", once_runs);
    printf("tss_create: %d\n", tss_create(&key, NULL) == thrd_success);
    printf("tss_set: %d\n", tss_set(key, &value) == thrd_success);
    printf("tss_get: %d\n", *(int *)tss_get(key));
    tss_delete(key);
    printf("cnd_init: %d\n", cnd_init(&c) == thrd_success);
    mtx_lock(&m);
    struct timespec deadline = after_ms(CLOCK_REALTIME, 20);
    printf("cnd_timedwait times out: %d\n", cnd_timedwait(&c, &m, &deadline) == thrd_timedout);
    mtx_unlock(&m);
    cnd_destroy(&c);
    mtx_destroy(&m);
    printf("thrd_equal(current, current): %d\n", thrd_equal(thrd_current(), thrd_current()) != 0);
}

static void destroy_value(void *v) { printf("key destructor: %s\n", (const char *)v); }
static void cleanup(void *v) { printf("cleanup handler: %s\n", (const char *)v); }
static void at_exit(void) { puts("atexit handler"); }

int main(void) {
    mutexes();
    once();
    conditions();
    rwlocks();
    spin_and_barrier();
    attributes();
    c11();

    puts("-- keys and pthread_exit");
    pthread_key_t k1, k2, gone;
    SHOW(pthread_key_create(&k1, destroy_value));
    SHOW(pthread_key_create(&k2, destroy_value));
    SHOW(pthread_key_create(&gone, destroy_value));
    printf("keys differ: %d\n", k1 != k2);
    printf("unset value is NULL: %d\n", pthread_getspecific(k1) == NULL);
    SHOW(pthread_setspecific(k1, "first"));
    SHOW(pthread_setspecific(k2, "second"));
    SHOW(pthread_setspecific(gone, "never destroyed"));
    SHOW(pthread_key_delete(gone));
    printf("get k1: %s\n", (const char *)pthread_getspecific(k1));
    atexit(at_exit);
    pthread_cleanup_push(cleanup, "outer");
    pthread_cleanup_push(cleanup, "inner");
    fflush(stdout);
    pthread_exit(NULL);
    pthread_cleanup_pop(0);
    pthread_cleanup_pop(0);
    return 3;
}
