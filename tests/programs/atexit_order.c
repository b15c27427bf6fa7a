/* atexit handlers run in reverse order of registration, after main
 * returns, and may print (their unterminated output is flushed at exit); a
 * handler registered twice runs twice; static objects are still alive. */
#include <stdio.h>
#include <stdlib.h>

static int counter = 100;
static char message[32] = "static data still there";

static void first(void) { printf("handler first (registered first, runs last) counter=%d\n", counter++); }
static void second(void) { printf("handler second counter=%d\n", counter++); }
static void third(void) { printf("handler third: %s\n", message); }
static void unterminated(void) { printf("handler without newline counter=%d", counter++); }

int main(void) {
    if (atexit(unterminated) != 0) return 1;
    atexit(first);
    atexit(second);
    atexit(third);
    atexit(second);
    printf("main returns\n");
    counter = 1;
    return 0;
}
