/* Bit-fields: packing into storage units, signed fields sign-extending,
 * unsigned fields wrapping on assignment, zero-width fields forcing a new
 * unit, and the raw bits of a bit-field struct (both targets use the same
 * little-endian System V-style bit-field allocation for these types). */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct flags {
    unsigned ready : 1;
    unsigned mode : 3;
    signed level : 4;
    unsigned count : 8;
    unsigned : 0;
    unsigned high : 12;
};

struct rgb565 {
    uint16_t b : 5;
    uint16_t g : 6;
    uint16_t r : 5;
};

struct header {
    uint32_t version : 4;
    uint32_t ihl : 4;
    uint32_t tos : 8;
    uint32_t length : 16;
};

struct wide_bits {
    unsigned long long lo : 40;
    unsigned long long hi : 24;
};

int main(void) {
    struct flags f;
    memset(&f, 0, sizeof f);
    printf("sizeof flags %zu rgb565 %zu header %zu wide %zu\n", sizeof(struct flags),
           sizeof(struct rgb565), sizeof(struct header), sizeof(struct wide_bits));
    f.ready = 1;
    f.mode = 5;
    f.level = -3;
    f.count = 200;
    f.high = 4095;
    printf("ready %u mode %u level %d count %u high %u\n", f.ready, f.mode, f.level, f.count,
           f.high);
    uint32_t words[2];
    memcpy(words, &f, sizeof words);
    printf("raw %08x %08x\n", words[0], words[1]);
    f.mode = 9;
    f.count = 256 + 7;
    f.level = 7;
    f.level += 1;
    printf("wrapped mode %u count %u level %d\n", f.mode, f.count, f.level);

    struct rgb565 px = {.r = 31, .g = 0, .b = 31};
    uint16_t bits;
    memcpy(&bits, &px, 2);
    printf("magenta %04x\n", bits);
    bits = 0x07e0;
    memcpy(&px, &bits, 2);
    printf("from 07e0 r %u g %u b %u\n", px.r, px.g, px.b);

    struct header h = {.version = 4, .ihl = 5, .tos = 0x10, .length = 1500};
    uint32_t hw;
    memcpy(&hw, &h, 4);
    printf("header word %08x\n", hw);

    struct wide_bits wb;
    wb.lo = 0xffffffffffULL;
    wb.hi = 0xabcdef;
    wb.lo += 2;
    unsigned long long q;
    memcpy(&q, &wb, 8);
    printf("wide lo %llx hi %llx raw %016llx\n", (unsigned long long)wb.lo,
           (unsigned long long)wb.hi, q);
    int sum = 0;
    for (int i = -8; i < 8; i++) {
        f.level = i;
        sum += f.level * (i + 10);
    }
    printf("signed field round trips: sum %d\n", sum);
    return 0;
}
