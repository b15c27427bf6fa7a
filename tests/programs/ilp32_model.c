/* The data model. wasm32 is ILP32: int, long and pointers are 4 bytes,
 * long long is 8, size_t/ptrdiff_t/intptr_t are 32-bit, and long double is
 * IEEE binary128 (16 bytes, 113-bit significand) in clang's wasm32 ABI.
 * x86-64 Linux is LP64 with an 80-bit x87 long double (64-bit significand,
 * stored in 16 bytes), so this program's output legitimately differs and
 * ilp32_model.expected holds the wasm32 output. Types that are the same on
 * both (char, short, int, long long, float, double, wchar_t) are checked too. */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <limits.h>
#include <float.h>
#include <wchar.h>
#include <stdalign.h>

int main(void) {
    printf("char %zu short %zu int %zu long %zu long long %zu\n", sizeof(char), sizeof(short),
           sizeof(int), sizeof(long), sizeof(long long));
    printf("float %zu double %zu long double %zu\n", sizeof(float), sizeof(double),
           sizeof(long double));
    printf("void* %zu int* %zu function pointer %zu\n", sizeof(void *), sizeof(int *),
           sizeof(int (*)(void)));
    printf("size_t %zu ptrdiff_t %zu intptr_t %zu intmax_t %zu wchar_t %zu\n", sizeof(size_t),
           sizeof(ptrdiff_t), sizeof(intptr_t), sizeof(intmax_t), sizeof(wchar_t));
    printf("align long %zu pointer %zu long long %zu double %zu long double %zu\n",
           alignof(long), alignof(void *), alignof(long long), alignof(double),
           alignof(long double));
    printf("LONG_MAX %ld ULONG_MAX %lu\n", LONG_MAX, ULONG_MAX);
    printf("SIZE_MAX %ju PTRDIFF_MAX %jd INTPTR_MAX %jd\n", (uintmax_t)SIZE_MAX,
           (intmax_t)PTRDIFF_MAX, (intmax_t)INTPTR_MAX);
    printf("LDBL_MANT_DIG %d LDBL_DIG %d LDBL_MAX_EXP %d DBL_MANT_DIG %d\n", LDBL_MANT_DIG,
           LDBL_DIG, LDBL_MAX_EXP, DBL_MANT_DIG);
    printf("INT_MAX %d LLONG_MAX %lld WCHAR_MAX %ld\n", INT_MAX, LLONG_MAX, (long)WCHAR_MAX);
    long l = LONG_MAX;
    l = (long)((unsigned long)l + 1);
    printf("LONG_MAX + 1 wraps to %ld\n", l);
    unsigned long ul = 0;
    ul -= 1;
    printf("0UL - 1 = %lu, in hex %lx\n", ul, ul);
    struct with_pointer { char c; void *p; long l; };
    printf("struct {char; void*; long} size %zu offset of p %zu, of l %zu\n",
           sizeof(struct with_pointer), offsetof(struct with_pointer, p),
           offsetof(struct with_pointer, l));
    long double third = 1.0L / 3.0L;
    long double eps = 1.0L;
    int bits = 0;
    while (1.0L + eps / 2 != 1.0L) {
        eps /= 2;
        bits++;
    }
    printf("long double epsilon is 2^-%d, 1/3 as double %.17g\n", bits, (double)third);
    return 0;
}
