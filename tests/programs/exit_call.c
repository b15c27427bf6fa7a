/* exit(7) called from deep inside nested calls, with stdout text that has
 * no trailing newline and a pending fputs: exit flushes every stream, and
 * nothing after the call runs. */
#include <stdio.h>
#include <stdlib.h>

static void level3(int n) {
    printf("level3 %d, leaving", n);
    fputs(" with pending bytes", stdout);
    exit(7);
}
static void level2(int n) { level3(n + 1); printf("never printed\n"); }
static void level1(int n) { level2(n + 1); printf("never printed\n"); }

int main(void) {
    printf("start\n");
    level1(1);
    printf("never printed\n");
    return 0;
}
