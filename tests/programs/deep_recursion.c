/* Deep recursion: a non-tail-recursive function to depth 100000 with a
 * small frame, a mutually recursive pair to depth 50000, and a recursive
 * flood fill over a 200x200 grid (40000 nested calls in the worst case).
 * Programs such as parsers and tree walkers rely on this much stack. */
#include <stdio.h>

static int max_depth;

static __attribute__((noinline)) unsigned chain(int n, int depth) {
    if (depth > max_depth) max_depth = depth;
    if (n == 0) return 1;
    unsigned below = chain(n - 1, depth + 1);
    return below * 31u + (unsigned)n;
}

static int is_odd(int n);
static __attribute__((noinline)) int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1) * 1; }
static __attribute__((noinline)) int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1) * 1; }

#define W 200
static unsigned char grid[W][W];
static int filled;

static void fill(int x, int y) {
    if (x < 0 || y < 0 || x >= W || y >= W || grid[y][x]) return;
    grid[y][x] = 1;
    filled++;
    fill(x + 1, y);
    fill(x, y + 1);
    fill(x - 1, y);
    fill(x, y - 1);
}

int main(void) {
    unsigned c = chain(100000, 1);
    printf("chain(100000) = %u, max depth %d\n", c, max_depth);
    printf("is_even(50000) = %d, is_odd(49999) = %d\n", is_even(50000), is_odd(49999));
    for (int i = 0; i < W; i++) grid[i][W / 2] = i != 150;
    fill(0, 0);
    printf("flood fill reached %d cells\n", filled);
    return 0;
}
