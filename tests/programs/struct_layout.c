/* Struct and union layout that does not depend on the data model: sizeof,
 * alignof and offsetof of members made of char, short, int, float, double,
 * long long and arrays; packed structs; flexible array members; unions
 * overlaying bytes (both targets are little-endian). */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdalign.h>
#include <stdlib.h>

struct mixed {
    char c;
    double d;
    short s;
    int i;
    char tail[3];
    long long ll;
    float f;
};

struct small {
    char a;
    char b;
    short c;
};

struct __attribute__((packed)) packed {
    char tag;
    int value;
    short extra;
    double d;
};

struct nested {
    struct small sm;
    struct mixed mx;
    char last;
};

struct flex {
    int n;
    short data[];
};

union pun {
    uint32_t word;
    uint8_t bytes[4];
    float f;
    uint16_t halves[2];
};

union wide {
    uint64_t q;
    double d;
    uint32_t w[2];
};

int main(void) {
    printf("mixed: size %zu align %zu c %zu d %zu s %zu i %zu tail %zu ll %zu f %zu\n",
           sizeof(struct mixed), alignof(struct mixed), offsetof(struct mixed, c),
           offsetof(struct mixed, d), offsetof(struct mixed, s), offsetof(struct mixed, i),
           offsetof(struct mixed, tail), offsetof(struct mixed, ll), offsetof(struct mixed, f));
    printf("small: size %zu align %zu c %zu\n", sizeof(struct small), alignof(struct small),
           offsetof(struct small, c));
    printf("packed: size %zu align %zu value %zu extra %zu d %zu\n", sizeof(struct packed),
           alignof(struct packed), offsetof(struct packed, value), offsetof(struct packed, extra),
           offsetof(struct packed, d));
    printf("nested: size %zu mx %zu mx.ll %zu last %zu\n", sizeof(struct nested),
           offsetof(struct nested, mx), offsetof(struct nested, mx.ll),
           offsetof(struct nested, last));
    printf("flex: size %zu data %zu\n", sizeof(struct flex), offsetof(struct flex, data));
    printf("unions: pun %zu wide %zu align %zu\n", sizeof(union pun), sizeof(union wide),
           alignof(union wide));
    printf("basic aligns: short %zu int %zu float %zu double %zu long long %zu\n",
           alignof(short), alignof(int), alignof(float), alignof(double), alignof(long long));

    union pun p;
    p.word = 0x11223344u;
    printf("bytes %02x %02x %02x %02x halves %04x %04x\n", p.bytes[0], p.bytes[1], p.bytes[2],
           p.bytes[3], p.halves[0], p.halves[1]);
    p.f = 1.0f;
    printf("1.0f bits %08x\n", p.word);
    p.f = -0.15625f;
    printf("-0.15625f bits %08x\n", p.word);
    union wide w;
    w.d = 1.0 / 3.0;
    printf("1/3 bits %016llx words %08x %08x\n", (unsigned long long)w.q, w.w[0], w.w[1]);

    struct packed pk;
    memset(&pk, 0, sizeof pk);
    pk.tag = 'T';
    pk.value = 0x01020304;
    pk.extra = -2;
    pk.d = 2.5;
    const unsigned char *raw = (const unsigned char *)&pk;
    printf("packed bytes:");
    for (size_t i = 0; i < sizeof pk; i++) printf(" %02x", raw[i]);
    printf("\n");

    struct flex *fx = malloc(sizeof(struct flex) + 5 * sizeof(short));
    fx->n = 5;
    for (int i = 0; i < fx->n; i++) fx->data[i] = (short)(i * -300);
    int total = 0;
    for (int i = 0; i < fx->n; i++) total += fx->data[i];
    printf("flex total %d\n", total);
    free(fx);

    struct mixed arr[3];
    printf("array stride %td\n", (char *)&arr[1] - (char *)&arr[0]);
    struct mixed init = {.c = 'x', .d = 1.25, .s = -3, .i = 70000, .tail = "ab", .ll = -5LL, .f = 0.5f};
    struct mixed copy = init;
    printf("copy %c %.2f %d %d %s %lld %.1f\n", copy.c, copy.d, copy.s, copy.i, copy.tail,
           copy.ll, (double)copy.f);
    return 0;
}
