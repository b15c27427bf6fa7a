/* Worm: a terminal game, written as for any Unix terminal: raw keys through
 * termios, colours and cursor addressing through ANSI escapes, the window's
 * size through TIOCGWINSZ. The same file builds natively (cc worm.c) and
 * into a page with a terminal, with no change and no flag:
 *
 *   wasmcc examples/worm.c -o worm.html && wasmrun --browser-timeout 600 worm.html
 *
 * Arrows or WASD steer the worm to the apples; q quits. The worm moves every
 * tenth of a second: the read of a key waits at most that long (VMIN 0,
 * VTIME 1). The apples come from a fixed sequence, so every game is the
 * same for the same keys. */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#define MAX_LEN 512

static struct termios saved;
static int rows = 24, cols = 80;
static int wx[MAX_LEN], wy[MAX_LEN], len, dx = 1, dy;
static int ax, ay, score;
static unsigned seed = 12345;

static void restore(void) {
    tcsetattr(0, TCSANOW, &saved);
    /* Cursor back, colours off, leave the alternate screen. */
    printf("\x1b[?25h\x1b[0m\x1b[?1049l");
    fflush(stdout);
}

static void on_signal(int sig) {
    restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

static int next_random(int n) {
    seed = seed * 1103515245u + 12345u;
    return (int)((seed >> 16) % (unsigned)n);
}

static void put(int x, int y, const char *sgr, const char *text) {
    printf("\x1b[%d;%dH\x1b[%sm%s\x1b[0m", y + 1, x + 1, sgr, text);
}

static void place_apple(void) {
    ax = 1 + next_random(cols - 2);
    ay = 2 + next_random(rows - 3);
    put(ax, ay, "1;31", "@");
}

static void draw_frame(void) {
    printf("\x1b[2J");
    for (int x = 0; x < cols; x++) {
        put(x, 1, "44", " ");
        put(x, rows - 1, "44", " ");
    }
    for (int y = 1; y < rows; y++) {
        put(0, y, "44", " ");
        put(cols - 1, y, "44", " ");
    }
}

static void draw_score(void) {
    printf("\x1b[1;1H\x1b[1;33mWorm\x1b[0m  score \x1b[1m%d\x1b[0m  (arrows or WASD, q quits)\x1b[K",
           score);
}

/* A key: 'q', or a direction from an arrow (ESC [ A..D) or WASD. */
static void steer(void) {
    unsigned char key[8];
    ssize_t n = read(0, key, sizeof key);
    for (ssize_t i = 0; i < n; i++) {
        int c = key[i];
        if (c == 0x1b && i + 2 < n && key[i + 1] == '[') {
            c = "wsda"[(key[i + 2] - 'A') & 3];
            i += 2;
        }
        if (c == 'q') {
            restore();
            printf("Bye: score %d\n", score);
            exit(0);
        }
        int ndx = dx, ndy = dy;
        if (c == 'w' || c == 'W') ndx = 0, ndy = -1;
        if (c == 's' || c == 'S') ndx = 0, ndy = 1;
        if (c == 'a' || c == 'A') ndx = -1, ndy = 0;
        if (c == 'd' || c == 'D') ndx = 1, ndy = 0;
        if (ndx != -dx || ndy != -dy)
            dx = ndx, dy = ndy;
    }
}

int main(void) {
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row >= 10 && ws.ws_col >= 20) {
        rows = ws.ws_row;
        cols = ws.ws_col;
    }
    if (tcgetattr(0, &saved) != 0) {
        fprintf(stderr, "worm: stdin is not a terminal\n");
        return 1;
    }
    struct termios raw = saved;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    raw.c_cc[VMIN] = 0;
    raw.c_cc[VTIME] = 1;
    tcsetattr(0, TCSANOW, &raw);
    signal(SIGINT, on_signal);
    printf("\x1b[?1049h\x1b[?25l");
    draw_frame();
    len = 3;
    for (int i = 0; i < len; i++) {
        wx[i] = cols / 2 - i;
        wy[i] = rows / 2;
    }
    place_apple();
    for (;;) {
        draw_score();
        fflush(stdout);
        steer();
        int hx = wx[0] + dx, hy = wy[0] + dy;
        int dead = hx <= 0 || hx >= cols - 1 || hy <= 1 || hy >= rows - 1;
        for (int i = 0; i < len && !dead; i++)
            dead = wx[i] == hx && wy[i] == hy;
        if (dead)
            break;
        int grows = hx == ax && hy == ay;
        if (!grows)
            put(wx[len - 1], wy[len - 1], "0", " ");
        else if (len < MAX_LEN)
            len++;
        memmove(wx + 1, wx, sizeof wx[0] * (size_t)(len - 1));
        memmove(wy + 1, wy, sizeof wy[0] * (size_t)(len - 1));
        wx[0] = hx;
        wy[0] = hy;
        put(wx[1], wy[1], "32", "o");
        put(hx, hy, "1;92", "O");
        if (grows) {
            score++;
            place_apple();
        }
    }
    put(cols / 2 - 5, rows / 2, "1;97;41", " GAME OVER ");
    draw_score();
    fflush(stdout);
    sleep(2);
    restore();
    printf("Game over: score %d\n", score);
    return 0;
}
