/* A failing assert() prints a message to stderr and aborts: status 134.
 * Passing assertions do nothing. stdout is flushed before the failing one;
 * the stderr message's wording is the libc's and is not compared. */
#include <stdio.h>
#include <assert.h>

static int square(int x) { return x * x; }

int main(void) {
    assert(square(3) == 9);
    assert(1 + 1 == 2 && "arithmetic works");
    printf("passing assertions are silent\n");
    printf("now one fails");
    fflush(stdout);
    int v = square(4);
    assert(v == 15 && "sixteen is not fifteen");
    printf("never printed\n");
    return 0;
}
