/* __int128 arithmetic, which both compilers support on these targets and
 * which wasm32 does through compiler-rt helpers: products of 64-bit values,
 * division and remainder, shifts, and decimal printing by hand. */
#include <stdio.h>
#include <stdint.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

static void print_u128(u128 v) {
    char buf[48];
    int i = 47;
    buf[i] = '\0';
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    fputs(buf + i, stdout);
}

static void print_i128(i128 v) {
    if (v < 0) {
        putchar('-');
        print_u128(-(u128)v);
    } else {
        print_u128((u128)v);
    }
}

int main(void) {
    u128 a = (u128)UINT64_MAX * UINT64_MAX;
    printf("max64^2 = ");
    print_u128(a);
    printf("\n");
    u128 all = ~(u128)0;
    printf("u128 max = ");
    print_u128(all);
    printf("\n");
    i128 n = -((i128)1 << 100) + 12345;
    printf("-(2^100)+12345 = ");
    print_i128(n);
    printf("\n/ 1000000007 = ");
    print_i128(n / 1000000007);
    printf(" rem ");
    print_i128(n % 1000000007);
    printf("\n");
    u128 f = 1;
    for (int i = 1; i <= 34; i++) f *= (u128)i;
    printf("34! = ");
    print_u128(f);
    printf("\n");
    for (int sh = 0; sh < 128; sh += 31) {
        u128 v = all >> sh;
        printf("shift %d: %016llx%016llx\n", sh, (unsigned long long)(v >> 64),
               (unsigned long long)v);
    }
    uint64_t x = 0xdeadbeefcafebabeULL, y = 0x0123456789abcdefULL;
    u128 p = (u128)x * y;
    printf("mulhi %016llx mullo %016llx\n", (unsigned long long)(p >> 64), (unsigned long long)p);
    printf("cmp %d %d\n", (i128)-1 < (i128)0, all > (u128)UINT64_MAX);
    double d = (double)f;
    printf("34! as double %.6e\n", d);
    u128 back = (u128)1e30;
    printf("1e30 as u128 = ");
    print_u128(back);
    printf("\n");
    return 0;
}
