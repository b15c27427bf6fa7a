/* Run as `./command a b < input`: prints its arguments and how many lines
   it read, and exits with status 3, as the native build does. */
#include <stdio.h>

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) printf("arg %d: %s\n", i, argv[i]);
    char line[256];
    int lines = 0;
    while (fgets(line, sizeof line, stdin)) lines++;
    printf("%d lines on stdin\n", lines);
    return 3;
}
