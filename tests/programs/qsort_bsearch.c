/* qsort with integer, string, struct and descending comparators (all total
 * orders, so the result is unique), then bsearch for hits and misses,
 * including the first and last elements and an empty array. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct person {
    char name[12];
    int age;
    double score;
};

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
static int cmp_person(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}

int main(void) {
    int v[200];
    unsigned seed = 12345;
    for (int i = 0; i < 200; i++) {
        seed = seed * 1103515245u + 12345u;
        v[i] = (int)((seed >> 8) % 1000) - 500;
    }
    qsort(v, 200, sizeof v[0], cmp_int);
    int sorted = 1;
    for (int i = 1; i < 200; i++) if (v[i - 1] > v[i]) sorted = 0;
    printf("sorted %d first %d %d %d last %d %d\n", sorted, v[0], v[1], v[2], v[198], v[199]);
    long long sum = 0;
    for (int i = 0; i < 200; i++) sum += (long long)v[i] * (i + 1);
    printf("weighted sum %lld\n", sum);
    for (int key = -500; key <= 500; key += 125) {
        int *hit = bsearch(&key, v, 200, sizeof v[0], cmp_int);
        printf("bsearch %d: %s\n", key, hit ? "found" : "missing");
        if (hit && *hit != key) printf("WRONG ELEMENT\n");
    }
    int first = v[0], last = v[199], below = v[0] - 1;
    printf("first %d last %d below %d\n", bsearch(&first, v, 200, sizeof(int), cmp_int) != NULL,
           bsearch(&last, v, 200, sizeof(int), cmp_int) != NULL,
           bsearch(&below, v, 200, sizeof(int), cmp_int) != NULL);
    printf("empty %d\n", bsearch(&first, v, 0, sizeof(int), cmp_int) != NULL);

    int small[] = {5, 3, 9, 1, 7, 3, 8};
    qsort(small, 7, sizeof(int), cmp_int_desc);
    for (int i = 0; i < 7; i++) printf("%d ", small[i]);
    printf("\n");

    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "Apple", "date", ""};
    qsort(words, 8, sizeof words[0], cmp_str);
    for (int i = 0; i < 8; i++) printf("[%s]", words[i]);
    printf("\n");
    const char *key = "cherry";
    const char **w = bsearch(&key, words, 8, sizeof words[0], cmp_str);
    printf("cherry at %td\n", w ? w - words : (ptrdiff_t)-1);

    struct person people[] = {{"dave", 40, 1.5}, {"ann", 31, 2.5}, {"bob", 40, 3.0},
                              {"cy", 25, 0.5},  {"eve", 31, 9.0}, {"al", 40, 4.0}};
    qsort(people, 6, sizeof people[0], cmp_person);
    for (int i = 0; i < 6; i++) printf("%s/%d/%.1f ", people[i].name, people[i].age, people[i].score);
    printf("\n");
    struct person probe = {"eve", 31, 0};
    struct person *pp = bsearch(&probe, people, 6, sizeof people[0], cmp_person);
    printf("eve score %.1f\n", pp ? pp->score : -1.0);
    qsort(v, 1, sizeof v[0], cmp_int);
    qsort(v, 0, sizeof v[0], cmp_int);
    printf("trivial sorts ok\n");
    return 0;
}
