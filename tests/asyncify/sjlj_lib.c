/* A library function that sleeps under setjmp and longjmps out of a sleep,
 * for a static library linked into sjlj_main.c. */
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>

static jmp_buf handler;

static void fail(int code) {
    usleep(1000);
    longjmp(handler, code);
}

int protected_run(int code) {
    int caught = setjmp(handler);
    if (caught == 0) {
        usleep(500);
        printf("raising %d\n", code);
        fail(code);
    }
    return caught;
}
