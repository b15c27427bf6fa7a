/* Draws with escapes: colours and attributes at addressed cells, relative
 * cursor moves, save and restore, erasing. It reads nothing: built with
 * -sTERMINAL=1. */
#include <stdio.h>

int main(void) {
    printf("\x1b[2J\x1b[H");                 /* clear, home */
    printf("\x1b[3;5H\x1b[1;31mR\x1b[0m");   /* row 3 col 5: bold red R */
    printf("\x1b[38;5;202mO\x1b[0m");        /* next cell: 256-colour O */
    printf("\x1b[38;2;10;20;30;48;5;4mT\x1b[0m"); /* truecolor on blue */
    printf("\x1b[5;1H\x1b[4;7mU\x1b[0m");    /* row 5 col 1: underline, inverse */
    printf("\x1b[2A\x1b[6CX");               /* up 2 (row 3), right 6 (col 8) */
    printf("\x1b[s\x1b[10;10HY\x1b[uZ");     /* save, draw at 10;10, restore */
    printf("\x1b[7;1Habcdef\x1b[7;4H\x1b[K"); /* erase to end of line from col 4 */
    printf("\x1b[8;1H\x1b[?1049hALT\x1b[?1049lB"); /* alternate screen and back */
    printf("\x1b[12;1H");
    return 0;
}
