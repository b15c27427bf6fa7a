/* For the Asyncify lists: crunch() makes many calls through function
 * pointers but never sleeps, so Asyncify instruments it needlessly unless
 * told (ASYNCIFY_REMOVE, ASYNCIFY_ONLY); the program sleeps directly (nap)
 * and through a function pointer (call_later). */
#include <emscripten.h>
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
static int (*volatile ops[2])(int, int) = {add, mul};

__attribute__((noinline)) int crunch(int n) {
    int acc = 1, a = 2, b = 3, c = 5;
    for (int i = 0; i < n; i++) {
        acc = ops[i & 1](acc, i) % 1000003;
        a = ops[(i + 1) & 1](a, acc) % 997;
        b = ops[i & 1](b, a) % 991;
        c = ops[(i + 1) & 1](c, b + acc) % 983;
        if (acc > 500000)
            acc = ops[0](acc, a - b);
        else
            acc = ops[1](acc, c) % 1000003;
    }
    return acc + a + b + c;
}

__attribute__((noinline)) void nap(void) { emscripten_sleep(1); }

static void (*volatile later)(void) = nap;

__attribute__((noinline)) void call_later(void) { later(); }

int main(int argc, char **argv) {
    printf("crunch %d\n", crunch(1000));
    nap();
    printf("slept directly\n");
    call_later();
    printf("slept through a pointer\n");
    return 0;
}
