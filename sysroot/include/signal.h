/*
 * <signal.h>: wasi-libc's declarations of signal() and raise() (the support
 * library defines them), plus the POSIX interface around them that
 * wasi-libc hides: sigaction, signal sets, sigprocmask, kill. Signals here
 * are only ever synchronous (raise, kill to the program itself): nothing
 * outside can interrupt running code.
 * The functions are in libc-shims/signals.c; the types and constants have
 * Linux's layout and values.
 */
#ifndef WASMCC_SIGNAL_H
#define WASMCC_SIGNAL_H

#include_next <signal.h>

#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) \
    || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_size_t
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_clock_t
#define __NEED_struct_timespec
#define __NEED_sigset_t
#include <bits/alltypes.h>

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

#define SI_USER 0
#define SI_QUEUE (-1)
#define SI_TIMER (-2)
#define SI_KERNEL 128

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND

#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6

union sigval {
    int sival_int;
    void *sival_ptr;
};

/* Linux's layout: three ints, then a union padded to 128 bytes in all. */
typedef struct {
    int si_signo, si_errno, si_code;
    union {
        char __pad[128 - 2 * sizeof(int) - sizeof(long)];
        struct {
            pid_t si_pid;
            uid_t si_uid;
            union {
                union sigval si_value;
                struct {
                    int si_status;
                    clock_t si_utime, si_stime;
                } __chld;
            } __more;
        } __proc;
        struct {
            void *si_addr;
        } __fault;
    } __fields;
} siginfo_t;
#define si_pid __fields.__proc.si_pid
#define si_uid __fields.__proc.si_uid
#define si_value __fields.__proc.__more.si_value
#define si_status __fields.__proc.__more.__chld.si_status
#define si_utime __fields.__proc.__more.__chld.si_utime
#define si_stime __fields.__proc.__more.__chld.si_stime
#define si_addr __fields.__fault.si_addr
#define si_int si_value.sival_int
#define si_ptr si_value.sival_ptr

struct sigaction {
    union {
        void (*sa_handler)(int);
        void (*sa_sigaction)(int, siginfo_t *, void *);
    } __sa_handler;
    sigset_t sa_mask;
    int sa_flags;
    void (*sa_restorer)(void);
};
#define sa_handler __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

int kill(pid_t, int);
int sigemptyset(sigset_t *);
int sigfillset(sigset_t *);
int sigaddset(sigset_t *, int);
int sigdelset(sigset_t *, int);
int sigismember(const sigset_t *, int);
int sigprocmask(int, const sigset_t *__restrict, sigset_t *__restrict);
int sigsuspend(const sigset_t *);
int sigaction(int, const struct sigaction *__restrict, struct sigaction *__restrict);
int sigpending(sigset_t *);
int sigwait(const sigset_t *__restrict, int *__restrict);
int sigwaitinfo(const sigset_t *__restrict, siginfo_t *__restrict);
int sigtimedwait(const sigset_t *__restrict, siginfo_t *__restrict, const struct timespec *__restrict);

#if defined(_XOPEN_SOURCE) || defined(_BSD_SOURCE) || defined(_GNU_SOURCE)
int killpg(pid_t, int);
int siginterrupt(int, int);

/* An alternate signal stack is kept but never used: every signal here is
 * raised synchronously and runs on the stack of the call that raised it. */
typedef struct sigaltstack {
    void *ss_sp;
    int ss_flags;
    size_t ss_size;
} stack_t;
#define SS_ONSTACK 1
#define SS_DISABLE 2
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192
int sigaltstack(const stack_t *__restrict, stack_t *__restrict);
#endif

#ifdef _GNU_SOURCE
int sigisemptyset(const sigset_t *);
#endif

#ifdef __cplusplus
}
#endif

#endif
#endif
