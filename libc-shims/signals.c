/*
 * POSIX signals for a program that runs alone. This file owns the handler
 * table behind signal(), sigaction() and raise(), in place of wasi-libc's
 * emulation (libwasi-emulated-signal, which the link still names): the
 * support library comes first, so its signal() and raise() are the ones
 * linked. Everything here is synchronous: a signal is only ever generated
 * by raise(), or by kill() or killpg() aimed at the program itself; nothing
 * outside can interrupt running code, so a handler runs inside the call
 * that raised it, as it would for raise() on Linux.
 *
 * - A handler runs with its sa_mask and the signal itself blocked (unless
 *   SA_NODEFER), SA_RESETHAND restores SIG_DFL first, and SA_SIGINFO gets a
 *   siginfo saying SI_USER from this process. signal() installs a handler
 *   as BSD and glibc do: it stays installed (no SA_RESETHAND).
 * - The signal mask is real: a blocked signal becomes pending until
 *   sigprocmask() or sigsuspend() unblocks it, when it is delivered before
 *   they return.
 * - Default actions are Linux's, as far as one program can have them:
 *   SIGCHLD, SIGCONT, SIGURG and SIGWINCH are ignored; the stop signals are
 *   ignored too (there is no job control); every other signal ends the
 *   program at once, without flushing stdio or running atexit handlers,
 *   with the status a shell shows for it (128 + the signal) after a line
 *   naming it on stderr, as a shell prints (except for SIGINT and SIGPIPE,
 *   which a shell passes over in silence).
 * - sigsuspend() delivers what its mask unblocks and returns -1/EINTR; when
 *   nothing is pending no signal could ever come, so rather than hang
 *   forever it returns -1/EINTR at once (Emscripten's pause() does the same).
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WORD_BITS (8 * sizeof(unsigned long))

/* Signal n is bit n-1, as on Linux. */
static bool valid(int sig) { return sig > 0 && sig < _NSIG; }

int sigemptyset(sigset_t *set) {
    memset(set, 0, sizeof *set);
    return 0;
}

int sigfillset(sigset_t *set) {
    sigemptyset(set);
    for (int sig = 1; sig < _NSIG; sig++)
        set->__bits[(sig - 1) / WORD_BITS] |= 1UL << ((sig - 1) % WORD_BITS);
    return 0;
}

int sigaddset(sigset_t *set, int sig) {
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    set->__bits[(sig - 1) / WORD_BITS] |= 1UL << ((sig - 1) % WORD_BITS);
    return 0;
}

int sigdelset(sigset_t *set, int sig) {
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    set->__bits[(sig - 1) / WORD_BITS] &= ~(1UL << ((sig - 1) % WORD_BITS));
    return 0;
}

int sigismember(const sigset_t *set, int sig) {
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    return (set->__bits[(sig - 1) / WORD_BITS] >> ((sig - 1) % WORD_BITS)) & 1;
}

int sigisemptyset(const sigset_t *set) {
    for (size_t i = 0; i < sizeof set->__bits / sizeof set->__bits[0]; i++)
        if (set->__bits[i])
            return 0;
    return 1;
}

static sigset_t blocked;
static sigset_t pending;
/* Each signal's action; all zero is SIG_DFL with no flags. */
static struct sigaction actions[_NSIG];

/* SIG_ERR and SIG_IGN are these functions' addresses in wasi-libc's
 * <signal.h>; neither is ever called. */
void __SIG_ERR(int sig) { (void)sig; }
void __SIG_IGN(int sig) { (void)sig; }

/* A signal's default action: see the comment at the top. */
static void default_action(int sig) {
    switch (sig) {
    case SIGCHLD:
    case SIGCONT:
    case SIGURG:
    case SIGWINCH:
    case SIGSTOP:
    case SIGTSTP:
    case SIGTTIN:
    case SIGTTOU:
        return;
    default:
        if (sig != SIGINT && sig != SIGPIPE) {
            const char *name = strsignal(sig);
            write(2, name, strlen(name));
            write(2, "\n", 1);
        }
        _Exit(128 + sig);
    }
}

/* Runs signal sig's action now. */
static void deliver(int sig) {
    struct sigaction act = actions[sig];
    if (act.sa_handler == SIG_IGN)
        return;
    if (act.sa_handler == SIG_DFL) {
        default_action(sig);
        return;
    }
    sigset_t saved = blocked;
    for (int s = 1; s < _NSIG; s++)
        if (sigismember(&act.sa_mask, s) == 1)
            sigaddset(&blocked, s);
    if (!(act.sa_flags & SA_NODEFER))
        sigaddset(&blocked, sig);
    if (act.sa_flags & SA_RESETHAND)
        memset(&actions[sig], 0, sizeof actions[sig]);
    if (act.sa_flags & SA_SIGINFO) {
        siginfo_t info;
        memset(&info, 0, sizeof info);
        info.si_signo = sig;
        info.si_code = SI_USER;
        info.si_pid = getpid();
        info.si_uid = 0;
        act.sa_sigaction(sig, &info, NULL);
    } else {
        act.sa_handler(sig);
    }
    blocked = saved;
}

/* Runs the first pending signal the mask no longer blocks, until none is
 * left. Handlers may raise and unblock more. */
static void deliver_unblocked(void) {
    for (int sig = 1; sig < _NSIG; sig++) {
        if (sigismember(&pending, sig) == 1 && sigismember(&blocked, sig) == 0) {
            sigdelset(&pending, sig);
            deliver(sig);
            sig = 0;
        }
    }
}

int raise(int sig) {
    if (sig == 0)
        return 0;
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    /* SIGKILL and SIGSTOP cannot be blocked. */
    if (sig != SIGKILL && sig != SIGSTOP && sigismember(&blocked, sig) == 1) {
        sigaddset(&pending, sig);
        return 0;
    }
    deliver(sig);
    /* A handler may have unblocked others. */
    deliver_unblocked();
    return 0;
}

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old) {
    if (!valid(sig) || (act && (sig == SIGKILL || sig == SIGSTOP))) {
        errno = EINVAL;
        return -1;
    }
    if (old)
        *old = actions[sig];
    if (act) {
        actions[sig] = *act;
        /* POSIX: setting SIG_IGN discards a pending instance. */
        if (act->sa_handler == SIG_IGN)
            sigdelset(&pending, sig);
    }
    return 0;
}

void (*signal(int sig, void (*handler)(int)))(int) {
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    act.sa_handler = handler;
    act.sa_flags = SA_RESTART;
    if (sigaction(sig, &act, &old) != 0)
        return SIG_ERR;
    return old.sa_handler;
}

void (*bsd_signal(int sig, void (*handler)(int)))(int) { return signal(sig, handler); }

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old) {
    if (set && how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) {
        errno = EINVAL;
        return -1;
    }
    if (old)
        *old = blocked;
    if (!set)
        return 0;
    for (size_t i = 0; i < sizeof blocked.__bits / sizeof blocked.__bits[0]; i++) {
        if (how == SIG_BLOCK)
            blocked.__bits[i] |= set->__bits[i];
        else if (how == SIG_UNBLOCK)
            blocked.__bits[i] &= ~set->__bits[i];
        else
            blocked.__bits[i] = set->__bits[i];
    }
    sigdelset(&blocked, SIGKILL);
    sigdelset(&blocked, SIGSTOP);
    deliver_unblocked();
    return 0;
}

int sigpending(sigset_t *set) {
    *set = pending;
    return 0;
}

int sigsuspend(const sigset_t *mask) {
    sigset_t saved = blocked;
    blocked = *mask;
    sigdelset(&blocked, SIGKILL);
    sigdelset(&blocked, SIGSTOP);
    deliver_unblocked();
    blocked = saved;
    errno = EINTR;
    return -1;
}

/* The program is the only process: pid 0 and -1 (its group, every process
 * it may signal) and its own pid reach it; any other pid does not exist. */
int kill(pid_t pid, int sig) {
    if (sig < 0 || sig >= _NSIG) {
        errno = EINVAL;
        return -1;
    }
    if (pid != 0 && pid != -1 && pid != getpid() && pid != -getpid()) {
        errno = ESRCH;
        return -1;
    }
    return sig == 0 ? 0 : raise(sig);
}

int killpg(pid_t pgrp, int sig) {
    if (pgrp < 0) {
        errno = EINVAL;
        return -1;
    }
    return kill(pgrp == 0 ? 0 : -pgrp, sig);
}

/* Every call that a signal could interrupt here has returned before any
 * signal can arrive, so whether it would restart makes no difference. */
int siginterrupt(int sig, int flag) {
    (void)flag;
    if (!valid(sig)) {
        errno = EINVAL;
        return -1;
    }
    return 0;
}

/* The alternate stack is recorded and reported back, but never used: every
 * signal is raised synchronously and its handler runs on the stack of the
 * call that raised it. */
static stack_t alternate = {.ss_flags = SS_DISABLE};

int sigaltstack(const stack_t *restrict ss, stack_t *restrict old) {
    if (old)
        *old = alternate;
    if (!ss)
        return 0;
    if (ss->ss_flags & ~SS_DISABLE) {
        errno = EINVAL;
        return -1;
    }
    if (!(ss->ss_flags & SS_DISABLE) && ss->ss_size < MINSIGSTKSZ) {
        errno = ENOMEM;
        return -1;
    }
    alternate = *ss;
    return 0;
}

/* sigwaitinfo and its family take a pending signal of the set without
 * running its handler. When none is pending none could ever come, so, as
 * sigsuspend does, they return at once rather than wait forever:
 * sigwaitinfo with EINTR, sigtimedwait with EAGAIN (its timeout passed). */
static int take_pending(const sigset_t *set, siginfo_t *info) {
    for (int sig = 1; sig < _NSIG; sig++) {
        if (sigismember(set, sig) == 1 && sigismember(&pending, sig) == 1) {
            sigdelset(&pending, sig);
            if (info) {
                memset(info, 0, sizeof *info);
                info->si_signo = sig;
                info->si_code = SI_USER;
                info->si_pid = getpid();
            }
            return sig;
        }
    }
    return 0;
}

int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info) {
    int sig = take_pending(set, info);
    if (sig)
        return sig;
    errno = EINTR;
    return -1;
}

int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
                 const struct timespec *restrict timeout) {
    (void)timeout;
    int sig = take_pending(set, info);
    if (sig)
        return sig;
    errno = EAGAIN;
    return -1;
}

int sigwait(const sigset_t *restrict set, int *restrict sig) {
    int got = take_pending(set, NULL);
    if (!got)
        return EINTR;
    *sig = got;
    return 0;
}
