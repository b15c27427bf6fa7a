/* A failed assert: the message, Aborted() and the chain through abort. */
#include <assert.h>
#include <stdio.h>

__attribute__((noinline)) void check(int v) {
    assert(v < 3); /* ASSERT */
}

int main(void) {
    for (int i = 0; i < 5; i++)
        check(i); /* CALL check */
    return 0;
}
