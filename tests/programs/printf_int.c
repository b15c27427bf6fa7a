/* printf of integers: every length modifier (hh h l ll j z t), the flags
 * - + space # 0, field widths, precisions, '*' arguments and the edge values
 * of each type. Values printed through long stay within 32 bits so the
 * output is the same where long is 4 bytes and where it is 8. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>
#include <inttypes.h>

int main(void) {
    signed char sc = -128;
    unsigned char uc = 255;
    short s = -32768;
    unsigned short us = 65535;
    long l = -2147483647L - 1;
    unsigned long ul = 4294967295UL;
    long long ll = LLONG_MIN;
    unsigned long long ull = ULLONG_MAX;
    intmax_t im = INTMAX_MAX;
    uintmax_t um = UINTMAX_MAX;
    size_t z = 123456789u;
    ptrdiff_t t = -98765;

    printf("hh: [%hhd] [%hhu] [%hhx] [%hho]\n", sc, uc, uc, uc);
    printf("hh wrap: [%hhd] [%hhu]\n", 300, -1);
    printf("h: [%hd] [%hu] [%hx] [%hX]\n", s, us, us, us);
    printf("h wrap: [%hd] [%hu]\n", 70000, -2);
    printf("l: [%ld] [%lu] [%lx] [%lo]\n", l, ul, ul, ul);
    printf("ll: [%lld] [%llu] [%llx] [%llo]\n", ll, ull, ull, ull);
    printf("ll max: [%lld] [%+lld]\n", LLONG_MAX, LLONG_MAX);
    printf("j: [%jd] [%ju] [%jx]\n", im, um, um);
    printf("z: [%zu] [%zd] [%zx]\n", z, (ptrdiff_t)z, z);
    printf("t: [%td] [%tx]\n", t, (ptrdiff_t)0x7fff);
    printf("PRI: [%" PRId8 "] [%" PRIu16 "] [%" PRIx32 "] [%" PRId64 "] [%" PRIu64 "]\n",
           (int8_t)-5, (uint16_t)65000, (uint32_t)0xdeadbeef, (int64_t)-1234567890123LL,
           (uint64_t)18000000000000000000ULL);

    printf("int edges: [%d] [%d] [%u] [%i]\n", INT_MIN, INT_MAX, UINT_MAX, -0);
    printf("width: [%8d] [%-8d] [%08d] [%+8d] [% 8d]\n", 42, 42, 42, 42, 42);
    printf("neg width: [%8d] [%-8d] [%08d] [%+8d] [% 8d]\n", -42, -42, -42, -42, -42);
    printf("precision: [%.5d] [%8.5d] [%-8.5d] [%.0d] [%5.0d] [%.0x]\n", 42, 42, 42, 0, 0, 0);
    printf("zero flag ignored with precision: [%08.3d]\n", 7);
    printf("plus space: [%+d] [% d] [%+d] [% d] [%+ d]\n", 0, 0, -1, 5, 9);
    printf("hash: [%#x] [%#X] [%#o] [%#x] [%#o] [%#.3o] [%#08x]\n", 255, 255, 8, 0, 0, 8, 255);
    printf("star: [%*d] [%-*d] [%.*d] [%*.*d]\n", 6, 1, 6, 2, 4, 3, 7, 5, 4);
    printf("neg star width: [%*d] star neg precision: [%.*d]\n", -6, 9, -3, 12);
    printf("unsigned of negative: [%u] [%x] [%o]\n", -1, -16, -8);
    printf("many: %d %i %u %x %X %o %c %s %%\n", 1, 2, 3u, 0xab, 0xcd, 9, 'q', "str");
    for (int i = 0; i < 5; i++)
        printf("table |%-4d|%4d|%04d|\n", i * i * 37, -i * 11, i * 123);
    return 0;
}
