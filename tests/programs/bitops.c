/* Bit manipulation on 32- and 64-bit values: popcount, count leading and
 * trailing zeros, byte swaps, rotations written with shifts (which
 * compilers turn into rotate instructions), parity, bit reversal, and
 * signed right shifts of negative values (arithmetic on both compilers). */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

static uint32_t rotl32(uint32_t x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
static uint64_t rotr64(uint64_t x, unsigned r) { return (x >> (r & 63)) | (x << ((64 - r) & 63)); }
static uint32_t reverse32(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
    return __builtin_bswap32(x);
}

int main(void) {
    uint32_t v32[] = {1, 0x80000000u, 0xffffffffu, 0x12345678u, 0x00f000f0u, 6};
    for (int i = 0; i < 6; i++) {
        uint32_t x = v32[i];
        printf("%08" PRIx32 ": pop %d clz %d ctz %d parity %d bswap %08" PRIx32
               " rotl7 %08" PRIx32 " rev %08" PRIx32 "\n",
               x, __builtin_popcount(x), __builtin_clz(x), __builtin_ctz(x), __builtin_parity(x),
               __builtin_bswap32(x), rotl32(x, 7), reverse32(x));
    }
    uint64_t v64[] = {1, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0x0123456789abcdefULL,
                      0x100000000ULL};
    for (int i = 0; i < 5; i++) {
        uint64_t x = v64[i];
        printf("%016" PRIx64 ": pop %d clz %d ctz %d bswap %016" PRIx64 " rotr13 %016" PRIx64 "\n",
               x, __builtin_popcountll(x), __builtin_clzll(x), __builtin_ctzll(x),
               __builtin_bswap64(x), rotr64(x, 13));
    }
    printf("ffs %d %d %d\n", __builtin_ffs(0), __builtin_ffs(8), __builtin_ffsll(1ULL << 40));
    int32_t neg = -1000;
    int64_t neg64 = -((int64_t)1 << 40);
    printf("arithmetic shifts %d %d %" PRId64 "\n", neg >> 3, neg >> 31, neg64 >> 20);
    uint32_t set = 0;
    for (int bit = 0; bit < 32; bit += 3) set |= 1u << bit;
    set &= ~(1u << 9);
    set ^= 1u << 31;
    printf("set %08" PRIx32 " test bit 12 %d bit 9 %d\n", set, (set >> 12) & 1, (set >> 9) & 1);
    uint32_t lowest = set & -set, cleared = set & (set - 1);
    printf("lowest %08" PRIx32 " cleared %08" PRIx32 "\n", lowest, cleared);
    unsigned subsets = 0, mask = 0x2d;
    for (unsigned s = mask;; s = (s - 1) & mask) {
        subsets++;
        if (s == 0) break;
    }
    printf("subsets of 0x2d: %u\n", subsets);
    uint64_t gray = 0;
    for (uint64_t i = 0; i < 1000; i++) gray += i ^ (i >> 1);
    printf("gray sum %" PRIu64 "\n", gray);
    return 0;
}
