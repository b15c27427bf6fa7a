/* Static data initialised at compile time: arrays of strings, pointers into
 * other globals (relocations in the data segment), designated initialisers,
 * const lookup tables, function-pointer tables, static locals that keep
 * their value between calls, and zero-initialised .bss. */
#include <stdio.h>
#include <string.h>

static int table[10] = {[2] = 20, [7] = 70, [9] = 90};
static int *pointers[3] = {&table[2], &table[7], table + 9};
static const char *const colours[] = {"red", "green", "blue", "cyan"};
static const char *const *colour_ref = &colours[2];
static char text[] = "mutable string";
static const char *literal = "literal" + 3;
static char bss_buffer[4096];
static long long zeroes[100];

struct entry { const char *key; int value; const struct entry *next; };
static const struct entry e3 = {"three", 3, NULL};
static const struct entry e2 = {"two", 2, &e3};
static const struct entry e1 = {"one", 1, &e2};

static int twice(int x) { return 2 * x; }
static int negate(int x) { return -x; }
static int (*const ops[])(int) = {twice, negate, twice};

static int counter(void) {
    static int calls = 0;
    static int history[4];
    history[calls % 4] = calls * calls;
    calls++;
    return calls * 100 + history[0] + history[1] + history[2] + history[3];
}

static const unsigned char crc_seed[] = "123456789";

static unsigned crc32(const unsigned char *p, size_t n) {
    static unsigned lut[256];
    static int ready;
    if (!ready) {
        for (unsigned i = 0; i < 256; i++) {
            unsigned c = i;
            for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
            lut[i] = c;
        }
        ready = 1;
    }
    unsigned c = 0xffffffffu;
    while (n--) c = lut[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

int main(void) {
    for (int i = 0; i < 10; i++) printf("%d ", table[i]);
    printf("\n");
    *pointers[1] += 5;
    printf("through pointers: %d %d %d\n", *pointers[0], *pointers[1], *pointers[2]);
    printf("colours: %s %s %zu\n", colours[0], *colour_ref, sizeof colours / sizeof colours[0]);
    text[0] = 'M';
    printf("text %s literal %s\n", text, literal);
    int nonzero = 0;
    for (size_t i = 0; i < sizeof bss_buffer; i++) nonzero += bss_buffer[i] != 0;
    for (int i = 0; i < 100; i++) nonzero += zeroes[i] != 0;
    printf("bss nonzero %d\n", nonzero);
    for (const struct entry *e = &e1; e; e = e->next) printf("%s=%d ", e->key, e->value);
    printf("\n");
    int v = 7;
    for (int i = 0; i < 3; i++) v = ops[i](v);
    printf("ops chain %d\n", v);
    for (int i = 0; i < 6; i++) printf("counter %d\n", counter());
    printf("crc32 %08x\n", crc32(crc_seed, strlen((const char *)crc_seed)));
    return 0;
}
