/* main returns 3 after printing text with no final newline: the exit
 * status is 3 and the buffered text still reaches stdout. */
#include <stdio.h>

int main(void) {
    printf("first line\n");
    printf("no newline at the end, status follows");
    return 3;
}
