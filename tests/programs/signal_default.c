/* Default signal actions: SIGCHLD is ignored, an ignored SIGTERM does
 * nothing, and a SIGTERM at its default action ends the program at once
 * with the status a shell shows (128 + 15), without flushing stdio: the
 * line printed after the last fflush is lost, as natively. */
#include <signal.h>
#include <stdio.h>

int main(void) {
    printf("before\n");
    fflush(stdout);
    raise(SIGCHLD);
    printf("after SIGCHLD\n");
    signal(SIGTERM, SIG_IGN);
    raise(SIGTERM);
    printf("SIGTERM ignored\n");
    if (signal(SIGTERM, SIG_DFL) != SIG_IGN)
        printf("signal() did not return the previous handler\n");
    fflush(stdout);
    printf("buffered, lost\n");
    raise(SIGTERM);
    printf("never\n");
    return 0;
}
