/* Lua's pattern: a protected call sets a jump buffer, the code under it may
 * raise an error with longjmp from deep inside, and errors nest. Here the
 * protected code also sleeps (usleep) before and after raising, so a sleep
 * happens under calls that may longjmp. The output is the native one. */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

struct handler {
    jmp_buf buf;
    struct handler *prev;
};

static struct handler *current;

static void raise_error(int code) {
    usleep(2000);
    longjmp(current->buf, code);
}

/* Runs f(arg) and returns 0, or the code it raised. */
static int pcall(void (*f)(int), int arg) {
    struct handler h;
    h.prev = current;
    current = &h;
    int code = setjmp(h.buf);
    if (code == 0)
        f(arg);
    current = h.prev;
    return code;
}

static int depth_reached;

static void recurse(int n) {
    volatile char frame[64];
    frame[0] = (char)n;
    depth_reached = n;
    if (n <= 0)
        raise_error(40 + frame[0]);
    usleep(100);
    recurse(n - 1);
}

static void inner(int n) {
    int code = pcall(recurse, n);
    printf("inner caught %d at depth %d\n", code, depth_reached);
    usleep(1000);
    if (n > 2)
        raise_error(100 + n);
}

static void bye(void) {
    printf("atexit after sleeping\n");
}

int main(void) {
    atexit(bye);
    for (int i = 1; i <= 4; i++) {
        int code = pcall(inner, i);
        printf("round %d: outer caught %d\n", i, code);
    }
    printf("longjmp(buf, 0) makes setjmp return %d\n", pcall(raise_error, 0));
    sleep(0);
    struct timespec ts = {0, 500000};
    nanosleep(&ts, NULL);
    printf("done\n");
    exit(9);
}
