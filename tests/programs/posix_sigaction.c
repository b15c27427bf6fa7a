/* sigaction, signal sets and the signal mask, with signals the program
 * sends itself (raise, kill to its own pid): handlers run inside the call,
 * SA_SIGINFO handlers get si_signo and SI_USER, SA_RESETHAND restores the
 * default, a blocked signal waits until sigprocmask unblocks it, and
 * sigaction reports the previous action. The <sys/wait.h> macros decode
 * Linux's status words. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t seen[5];
static volatile sig_atomic_t count;
static volatile int info_code = -99, info_signo;

static void plain(int sig) { seen[count++ % 5] = sig; }

static void with_info(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    seen[count++ % 5] = sig;
    info_signo = info->si_signo;
    info_code = info->si_code;
}

int main(void) {
    sigset_t set;
    sigemptyset(&set);
    printf("empty: %d %d\n", sigismember(&set, SIGINT), sigismember(&set, SIGUSR2));
    sigaddset(&set, SIGUSR2);
    sigaddset(&set, SIGTERM);
    printf("added: %d %d %d\n", sigismember(&set, SIGUSR2), sigismember(&set, SIGTERM),
           sigismember(&set, SIGUSR1));
    sigdelset(&set, SIGTERM);
    printf("deleted: %d\n", sigismember(&set, SIGTERM));
    sigfillset(&set);
    printf("full: %d %d\n", sigismember(&set, SIGHUP), sigismember(&set, SIGSYS));
    printf("bad signal: %d\n", sigaddset(&set, 0));

    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = plain;
    sigemptyset(&sa.sa_mask);
    printf("sigaction: %d\n", sigaction(SIGUSR1, &sa, &old));
    printf("old was SIG_DFL: %d\n", old.sa_handler == SIG_DFL);
    raise(SIGUSR1);
    printf("after raise: count %d sig %d\n", (int)count, (int)seen[0]);
    sigaction(SIGUSR1, NULL, &old);
    printf("query gives our handler: %d\n", old.sa_handler == plain);

    sa.sa_sigaction = with_info;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa, NULL);
    kill(getpid(), SIGUSR2);
    printf("siginfo: count %d signo %d code SI_USER %d\n", (int)count, info_signo,
           info_code == SI_USER);
    sigaction(SIGUSR2, NULL, &old);
    printf("flags kept: %d\n", (old.sa_flags & SA_SIGINFO) != 0);

    sa.sa_handler = plain;
    sa.sa_flags = SA_RESETHAND;
    sigaction(SIGHUP, &sa, NULL);
    raise(SIGHUP);
    sigaction(SIGHUP, NULL, &old);
    printf("reset to SIG_DFL after one: %d (count %d)\n", old.sa_handler == SIG_DFL, (int)count);

    sigset_t block, prev, pending;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, &prev);
    printf("was blocked before: %d\n", sigismember(&prev, SIGUSR1));
    int before = count;
    raise(SIGUSR1);
    sigpending(&pending);
    printf("blocked: ran %d, pending %d\n", count - before, sigismember(&pending, SIGUSR1));
    sigprocmask(SIG_SETMASK, &prev, NULL);
    sigpending(&pending);
    printf("unblocked: ran %d, pending %d\n", count - before, sigismember(&pending, SIGUSR1));
    printf("bad how: %d\n", sigprocmask(12345, &block, NULL));

    sa.sa_handler = SIG_IGN;
    sa.sa_flags = 0;
    sigaction(SIGUSR1, &sa, NULL);
    before = count;
    raise(SIGUSR1);
    printf("ignored: ran %d\n", count - before);
    printf("SIGKILL cannot be caught: %d\n", sigaction(SIGKILL, &sa, NULL));
    printf("kill signal 0 to self: %d\n", kill(getpid(), 0));

    int exited = 3 << 8, killed = SIGTERM, stopped = (SIGTSTP << 8) | 0x7f;
    printf("exited: %d %d %d %d\n", WIFEXITED(exited), WEXITSTATUS(exited), WIFSIGNALED(exited),
           WIFSTOPPED(exited));
    printf("killed: %d %d %d\n", WIFEXITED(killed), WIFSIGNALED(killed), WTERMSIG(killed));
    printf("stopped: %d %d %d\n", WIFSTOPPED(stopped), WSTOPSIG(stopped), WIFSIGNALED(stopped));
    printf("continued: %d\n", WIFCONTINUED(0xffff));
    return 0;
}
