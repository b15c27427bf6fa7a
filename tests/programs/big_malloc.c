/* Large allocations: 200 MB in 1 MB chunks, every page touched and checked,
 * then freed and allocated again (the memory is reused); a single 64 MB
 * block; calloc returning zeroed memory; realloc growing a block while
 * keeping its contents; and requests that cannot be satisfied return NULL:
 * SIZE_MAX, a calloc whose size overflows, and an impossible size for the
 * target (3 GB where size_t is 32 bits, more than PTRDIFF_MAX where it is
 * 64 bits). Results pass through a volatile pointer so the compiler cannot
 * assume that an allocation it could remove succeeded. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define CHUNK (1024 * 1024)
#define COUNT 200

static void *volatile kept;

static const char *outcome(void *p) {
    kept = p;
    const char *r = kept ? "succeeded" : "NULL";
    free(kept);
    return r;
}

int main(void) {
    static unsigned char *chunks[COUNT];
    for (int round = 0; round < 2; round++) {
        int got = 0;
        for (int i = 0; i < COUNT; i++) {
            chunks[i] = malloc(CHUNK);
            if (!chunks[i]) break;
            got++;
            for (int off = 0; off < CHUNK; off += 4096) chunks[i][off] = (unsigned char)(i + off / 4096);
        }
        unsigned long sum = 0;
        int bad = 0;
        for (int i = 0; i < got; i++)
            for (int off = 0; off < CHUNK; off += 4096) {
                unsigned char want = (unsigned char)(i + off / 4096);
                if (chunks[i][off] != want) bad++;
                sum += chunks[i][off];
            }
        printf("round %d: allocated %d MB, checksum %lu, bad %d\n", round, got, sum, bad);
        for (int i = 0; i < got; i++) free(chunks[i]);
    }
    size_t big = 64u * 1024 * 1024;
    unsigned char *b = malloc(big);
    printf("64 MB block %s\n", b ? "ok" : "NULL");
    if (b) {
        memset(b, 0xab, big);
        printf("last byte %02x\n", b[big - 1]);
        free(b);
    }
    int *z = calloc(1000000, sizeof(int));
    long nonzero = 0;
    for (int i = 0; i < 1000000; i++) nonzero += z[i] != 0;
    printf("calloc nonzero %ld\n", nonzero);
    free(z);
    char *r = malloc(16);
    strcpy(r, "keep me");
    for (size_t size = 32; size <= 32u * 1024 * 1024; size *= 4) {
        r = realloc(r, size);
        r[size - 1] = 'x';
    }
    printf("realloc kept \"%s\"\n", r);
    free(r);
    size_t impossible = sizeof(size_t) == 4 ? (size_t)3u << 30 : (size_t)PTRDIFF_MAX + 1;
    printf("impossible malloc %s\n", outcome(malloc(impossible)));
    printf("malloc(SIZE_MAX) %s\n", outcome(malloc(SIZE_MAX)));
    printf("overflowing calloc %s\n", outcome(calloc(SIZE_MAX / 2, 4)));
    printf("small malloc after failures %s\n", outcome(malloc(100)));
    return 0;
}
