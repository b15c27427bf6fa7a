/* abort() ends the program with the status a shell reports for SIGABRT,
 * 134. abort does not flush stdio, so the program flushes what it wants to
 * be seen first; text written after the flush is not checked. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("about to abort");
    fflush(stdout);
    abort();
    printf("never printed\n");
    return 0;
}
