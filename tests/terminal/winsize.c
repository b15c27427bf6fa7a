/* The window's size (TIOCGWINSZ), again in a SIGWINCH handler after a
 * resize; a key ends the program. */
#include <signal.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

static void show(const char *what) {
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) != 0) {
        perror("ioctl");
        return;
    }
    char text[64];
    int n = snprintf(text, sizeof text, "%s %d %d\n", what, ws.ws_row, ws.ws_col);
    write(1, text, (size_t)n);
}

static void on_winch(int sig) {
    (void)sig;
    show("winch");
}

int main(void) {
    signal(SIGWINCH, on_winch);
    show("size");
    char c;
    read(0, &c, 1);
    return 0;
}
