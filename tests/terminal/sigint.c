/* Reads lines until the end; ^C ends it by SIGINT's default action, or,
 * given an argument, runs a handler that exits with status 3. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void on_int(int sig) {
    (void)sig;
    static const char msg[] = "caught SIGINT\n";
    write(1, msg, sizeof msg - 1);
    exit(3);
}

int main(int argc, char **argv) {
    (void)argv;
    if (argc > 1)
        signal(SIGINT, on_int);
    char line[64];
    puts("reading");
    while (fgets(line, sizeof line, stdin))
        printf("line: %s", line);
    puts("end of input");
    return 0;
}
