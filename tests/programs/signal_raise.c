/* signal() and raise(): a handler installed for SIGUSR1 and SIGTERM runs
 * synchronously inside raise(), signal() returns the previous handler,
 * SIG_IGN makes raise a no-op, and a volatile sig_atomic_t flag set in the
 * handler is seen afterwards. */
#include <stdio.h>
#include <signal.h>

static volatile sig_atomic_t last_signal;
static volatile sig_atomic_t calls;

static void handler(int sig) {
    last_signal = sig;
    calls++;
}

int main(void) {
    void (*prev)(int) = signal(SIGUSR1, handler);
    printf("previous handler was SIG_DFL: %d\n", prev == SIG_DFL);
    printf("raise returned %d\n", raise(SIGUSR1));
    printf("handler saw SIGUSR1: %d calls %d\n", last_signal == SIGUSR1, (int)calls);
    prev = signal(SIGUSR1, handler);
    printf("previous handler is ours: %d\n", prev == handler);
    signal(SIGTERM, handler);
    raise(SIGTERM);
    printf("handler saw SIGTERM: %d calls %d\n", last_signal == SIGTERM, (int)calls);
    signal(SIGUSR2, SIG_IGN);
    raise(SIGUSR2);
    printf("ignored SIGUSR2, calls still %d\n", (int)calls);
    return 0;
}
