//! <pthread.h> where a wasmcc program differs from Linux: it has one thread
//! and can never have another. What Linux gives a single thread is checked
//! against a native build by tests/programs/pthread_single.c; these are the
//! cases where Linux would start a thread or block forever, with the
//! results written from Emscripten's documented behaviour without
//! `-pthread` and from POSIX, and `-pthread` itself.

mod common;

use common::{node, scratch, stdout};
use std::fs;
use std::path::Path;

/// Builds `src` (a C or C++ file named `name`) with `flags` and runs it in Node.
fn run(dir: &Path, name: &str, src: &str, flags: &[&str]) -> std::process::Output {
    fs::write(dir.join(name), src).unwrap();
    let js = dir.join("t.js");
    let mut args = vec![name, "-o", js.to_str().unwrap()];
    args.extend_from_slice(flags);
    let mut cmd = common::wasmcc(&args);
    cmd.current_dir(dir);
    let built = cmd.output().expect("run wasmcc");
    assert!(
        built.status.success(),
        "wasmcc {args:?} failed:\n{}",
        String::from_utf8_lossy(&built.stderr)
    );
    node(&js, &[], b"", dir)
}

const CREATE_AND_JOIN: &str = r#"
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <threads.h>

static void *work(void *arg) { puts("the thread ran"); return arg; }
static int c11_work(void *arg) { (void)arg; puts("the C11 thread ran"); return 0; }

int main(void) {
    pthread_t t = PTHREAD_NULL;
    int r = pthread_create(&t, NULL, work, NULL);
    printf("pthread_create: %s, thread untouched: %d\n", r == EAGAIN ? "EAGAIN" : "other", t == PTHREAD_NULL);
    printf("join unknown: %s\n", pthread_join(t, NULL) == ESRCH ? "ESRCH" : "other");
    printf("detach unknown: %s\n", pthread_detach(t) == ESRCH ? "ESRCH" : "other");
    printf("join self: %s\n", pthread_join(pthread_self(), NULL) == EDEADLK ? "EDEADLK" : "other");
    printf("detach self: %d\n", pthread_detach(pthread_self()));
    printf("cancel unknown: %s\n", pthread_cancel(t) == ESRCH ? "ESRCH" : "other");
    thrd_t c;
    printf("thrd_create: %s\n", thrd_create(&c, c11_work, NULL) == thrd_error ? "thrd_error" : "other");
    printf("self is not null: %d\n", pthread_self() != PTHREAD_NULL);
    return 0;
}
"#;

#[test]
fn pthread_create_fails_with_eagain_and_no_thread_is_known() {
    // Emscripten without -pthread: pthread_create returns EAGAIN ("the
    // system lacked the resources to create another thread"), which
    // programs already handle. No thread ever exists but the caller, so
    // POSIX's "no such thread" (ESRCH) answers join, detach and cancel of
    // any other; joining oneself is EDEADLK as POSIX says. C11's
    // thrd_create reports thrd_error ("the request could not be honored").
    let d = scratch();
    let out = run(d.path(), "t.c", CREATE_AND_JOIN, &[]);
    assert_eq!(
        stdout(&out),
        "pthread_create: EAGAIN, thread untouched: 1\n\
         join unknown: ESRCH\n\
         detach unknown: ESRCH\n\
         join self: EDEADLK\n\
         detach self: 0\n\
         cancel unknown: ESRCH\n\
         thrd_create: thrd_error\n\
         self is not null: 1\n",
        "{}",
        common::explain(&out)
    );
}

const WAITS: &str = r#"
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <threads.h>
#include <time.h>

static const char *name(int e) {
    return e == 0 ? "0" : e == EDEADLK ? "EDEADLK" : e == EBUSY ? "EBUSY" : "other";
}

int main(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    pthread_mutex_lock(&m);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int r = pthread_cond_wait(&c, &m);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    printf("cond_wait: %s, at once: %d\n", name(r), ms < 1000);
    printf("mutex still held: %s\n", name(pthread_mutex_trylock(&m)));
    printf("relock default mutex: %s\n", name(pthread_mutex_lock(&m)));
    pthread_mutex_unlock(&m);

    pthread_spinlock_t s;
    pthread_spin_init(&s, 0);
    pthread_spin_lock(&s);
    printf("relock spinlock: %s\n", name(pthread_spin_lock(&s)));

    pthread_rwlock_t l = PTHREAD_RWLOCK_INITIALIZER;
    pthread_rwlock_rdlock(&l);
    printf("write lock over own read lock: %s\n", name(pthread_rwlock_wrlock(&l)));

    pthread_barrier_t b;
    pthread_barrier_init(&b, NULL, 2);
    printf("barrier of two: %s\n", name(pthread_barrier_wait(&b)));

    mtx_t x;
    mtx_init(&x, mtx_plain);
    mtx_lock(&x);
    printf("relock C11 plain mutex: %s\n", mtx_lock(&x) == thrd_error ? "thrd_error" : "other");
    cnd_t cv;
    cnd_init(&cv);
    printf("cnd_wait: %s\n", cnd_wait(&cv, &x) == thrd_success ? "thrd_success" : "other");
    return 0;
}
"#;

#[test]
fn waits_for_another_thread_answer_instead_of_hanging() {
    // With one thread, these waits could only end if another thread acted.
    // pthread_cond_wait returns 0 at once, as Emscripten's does without
    // -pthread: a spurious wakeup, which POSIX allows, with the mutex held
    // again. A default mutex or a spinlock relocked by its holder, a write
    // lock over the caller's own read lock and a barrier of two would hang
    // forever on Linux; here they say EDEADLK ("would deadlock"), which
    // POSIX lists for these calls, and C11's mtx_lock maps it to thrd_error.
    let d = scratch();
    let out = run(d.path(), "t.c", WAITS, &[]);
    assert_eq!(
        stdout(&out),
        "cond_wait: 0, at once: 1\n\
         mutex still held: EBUSY\n\
         relock default mutex: EDEADLK\n\
         relock spinlock: EDEADLK\n\
         write lock over own read lock: EDEADLK\n\
         barrier of two: EDEADLK\n\
         relock C11 plain mutex: thrd_error\n\
         cnd_wait: thrd_success\n",
        "{}",
        common::explain(&out)
    );
}

const STACK: &str = r#"
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

int main(void) {
    pthread_attr_t a;
    void *low;
    size_t size;
    int local;
    if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &low, &size))
        return 1;
    char *p = (char *)&local;
    printf("stack size: %zu\n", size);
    printf("a local is inside: %d\n", p >= (char *)low && p < (char *)low + size);
    return 0;
}
"#;

#[test]
fn the_thread_attributes_describe_the_real_stack() {
    // Garbage collectors and stack probes read the running thread's stack
    // from pthread_getattr_np: it is the 8 MiB stack wasmcc lays out
    // (README: "an 8 MiB stack placed below the data"), and a local
    // variable lies within it.
    let d = scratch();
    let out = run(d.path(), "t.c", STACK, &[]);
    assert_eq!(
        stdout(&out),
        "stack size: 8388608\na local is inside: 1\n",
        "{}",
        common::explain(&out)
    );
}

const MACROS: &str = r#"
#include <limits.h>
#include <pthread.h>
#include <stdio.h>

int main(void) {
#ifdef _REENTRANT
    puts("_REENTRANT");
#endif
#ifdef __EMSCRIPTEN_PTHREADS__
    puts("__EMSCRIPTEN_PTHREADS__");
#endif
    FILE *f = stdout;
    flockfile(f);
    putc_unlocked('x', f);
    funlockfile(f);
    printf("\nftrylockfile: %d\n", ftrylockfile(f));
    funlockfile(f);
    printf("PTHREAD_STACK_MIN: %d\n", PTHREAD_STACK_MIN);
    return 0;
}
"#;

#[test]
fn dash_pthread_builds_with_one_thread_and_says_so() {
    // -pthread is accepted with a one-line warning: the program gets the
    // single-thread <pthread.h>, not threads. Like gcc's -pthread it defines
    // _REENTRANT (which shows wasi-libc's flockfile and PTHREAD_STACK_MIN);
    // __EMSCRIPTEN_PTHREADS__, which code reads as "real threads", stays
    // undefined. ftrylockfile succeeds: nobody else can hold the stream.
    let d = scratch();
    let p = d.path();
    fs::write(p.join("t.c"), MACROS).unwrap();
    let out = common::wasmcc(["-pthread", "t.c", "-pthread", "-o", "t.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::explain(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.lines().filter(|l| l.contains("-pthread")).count(),
        1,
        "one warning: {stderr}"
    );
    assert!(
        stderr.starts_with("wasmcc: warning: -pthread: threads are not supported"),
        "{stderr}"
    );
    let run = node(&p.join("t.js"), &[], b"", p);
    assert_eq!(
        stdout(&run),
        "_REENTRANT\nx\nftrylockfile: 0\nPTHREAD_STACK_MIN: 2048\n",
        "{}",
        common::explain(&run)
    );
}

const CXX: &str = r#"
#include <pthread.h>
#include <cstdio>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t key;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void make_key() { pthread_key_create(&key, nullptr); }

struct Guard {
    Guard() { pthread_mutex_lock(&lock); }
    ~Guard() { pthread_mutex_unlock(&lock); }
};

int main() {
    pthread_once(&once, make_key);
    int value = 42;
    {
        Guard g;
        pthread_setspecific(key, &value);
    }
    std::printf("%d %d %d\n", *static_cast<int *>(pthread_getspecific(key)),
                pthread_equal(pthread_self(), pthread_self()) != 0, pthread_mutex_trylock(&lock));
    return 0;
}
"#;

#[test]
fn cxx_uses_the_same_pthread_h() {
    // In C++ pthread_t is an integer and pthread_equal a function (no
    // macro); a lock guard class and a once-made key work as in C.
    let d = scratch();
    let out = run(d.path(), "t.cpp", CXX, &[]);
    assert_eq!(stdout(&out), "42 1 0\n", "{}", common::explain(&out));
}

#[test]
fn a_semaphore_wait_that_no_thread_could_end_reports_the_deadlock() {
    // tests/programs/semaphores.c checks what one thread sees as on Linux.
    // Waiting on an empty semaphore would block forever on Linux; POSIX lists
    // EDEADLK for sem_wait, and that is what comes back, the count untouched.
    // Named semaphores are shared between processes, and there is one: ENOSYS.
    let d = scratch();
    let out = run(
        d.path(),
        "sem.c",
        r#"
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <stdio.h>

int main(void) {
    sem_t s;
    sem_init(&s, 0, 0);
    int r = sem_wait(&s);
    printf("sem_wait: %d %s\n", r, errno == EDEADLK ? "EDEADLK" : "other");
    int v = -1;
    sem_getvalue(&s, &v);
    printf("value: %d\n", v);
    sem_post(&s);
    printf("after a post: %d\n", sem_wait(&s));
    errno = 0;
    sem_t *named = sem_open("/jobs", O_CREAT, 0600, 1);
    printf("sem_open: %s %s\n", named == SEM_FAILED ? "SEM_FAILED" : "a semaphore",
           errno == ENOSYS ? "ENOSYS" : "other");
    return 0;
}
"#,
        &[],
    );
    assert_eq!(
        stdout(&out),
        "sem_wait: -1 EDEADLK\nvalue: 0\nafter a post: 0\nsem_open: SEM_FAILED ENOSYS\n"
    );
}
