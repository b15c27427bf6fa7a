/* qsort_r with the GNU (and POSIX 2024) argument order, which wasi-libc's
 * musl predates. musl's qsort sorts; the comparator and its argument are
 * kept for the duration of the call, and restored after it, so a comparator
 * may itself call qsort_r. */

#include <stdlib.h>

typedef int (*compare_with_arg)(const void *, const void *, void *);

static compare_with_arg current_compare;
static void *current_arg;

static int compare(const void *a, const void *b) {
    return current_compare(a, b, current_arg);
}

void qsort_r(void *base, size_t count, size_t size, compare_with_arg cmp, void *arg) {
    compare_with_arg outer_compare = current_compare;
    void *outer_arg = current_arg;
    current_compare = cmp;
    current_arg = arg;
    qsort(base, count, size, compare);
    current_compare = outer_compare;
    current_arg = outer_arg;
}
