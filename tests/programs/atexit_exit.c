/* exit() from a nested function also runs the atexit handlers; buffered
 * output from main and from the handlers all appears, in order; the exit
 * status given to exit() is kept. A handler may register another handler,
 * which then runs next. */
#include <stdio.h>
#include <stdlib.h>

static void late(void) { printf("[late handler]"); }
static void registers_more(void) {
    printf("[handler registering another]");
    atexit(late);
}
static void flush_check(void) { fputs("[flush check]\n", stdout); }

static void work(int depth) {
    if (depth == 0) {
        printf("exiting from depth 0 with status 5 ");
        exit(5);
    }
    work(depth - 1);
}

int main(void) {
    atexit(flush_check);
    atexit(registers_more);
    setvbuf(stdout, NULL, _IOFBF, 4096);
    printf("fully buffered output ");
    work(10);
    return 0;
}
