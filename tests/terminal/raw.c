/* Raw mode: ICANON and ECHO off, each key read at once; prints the bytes
 * of every key until 'q', then restores the terminal. */
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

int main(void) {
    struct termios saved, raw;
    if (tcgetattr(0, &saved) != 0) {
        perror("tcgetattr");
        return 1;
    }
    raw = saved;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(0, TCSANOW, &raw);
    struct termios check;
    tcgetattr(0, &check);
    printf("icanon %d echo %d\n", !!(check.c_lflag & ICANON), !!(check.c_lflag & ECHO));
    fflush(stdout);
    unsigned char c;
    while (read(0, &c, 1) == 1 && c != 'q')
        printf("%02x ", c);
    printf("\n");
    tcsetattr(0, TCSANOW, &saved);
    return 0;
}
