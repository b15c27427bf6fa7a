/* Line mode: reads two lines with fgets, as a prompt-and-answer program does. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    char first[64], second[64];
    printf("tty: %d%d%d\n", isatty(0), isatty(1), isatty(2));
    printf("first? ");
    fflush(stdout);
    if (!fgets(first, sizeof first, stdin))
        return 1;
    printf("second? ");
    fflush(stdout);
    if (!fgets(second, sizeof second, stdin))
        return 2;
    first[strcspn(first, "\n")] = 0;
    second[strcspn(second, "\n")] = 0;
    printf("got [%s] and [%s]\n", first, second);
    /* After the last line, ^D (or the end of a file) is the end of input. */
    printf("then: %s\n", fgets(first, sizeof first, stdin) ? "more" : "end");
    return 0;
}
