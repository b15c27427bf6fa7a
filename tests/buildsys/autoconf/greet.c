#include "config.h"
#include <stdio.h>

/* Says what configure found, prints the first line of `path` and writes
   greet.out: a program built by make works on the project's files. */
int greet(const char *path) {
#ifdef RUNS_ON_ILP32
    const char *ran = "ran";
#else
    const char *ran = "did not run";
#endif
    printf("long: %d bytes, pointer: %d bytes; the test program %s\n", SIZEOF_LONG, SIZEOF_VOID_P, ran);
#if defined(HAVE_MMAP) && !defined(HAVE_NO_SUCH_FUNCTION_HERE)
    printf("mmap found, no_such_function_here not found\n");
#endif
    FILE *in = fopen(path, "r");
    if (!in) {
        perror(path);
        return 1;
    }
    char line[128];
    if (fgets(line, sizeof line, in)) printf("%s: %s", path, line);
    fclose(in);
    FILE *out = fopen("greet.out", "w");
    if (!out) {
        perror("greet.out");
        return 1;
    }
    fputs("written by greet\n", out);
    return fclose(out) == 0 ? 0 : 1;
}
