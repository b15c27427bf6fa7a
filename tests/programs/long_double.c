/* long double arithmetic and printing with %Lf/%Le/%Lg on values that the
 * 64-bit and the 113-bit significands both hold exactly (or round to the
 * same printed digits): sums of powers of two, 2^63 + 1, integer
 * conversions, comparisons, and strtold. The type's size differs by target
 * and is checked in ilp32_model.c instead. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long double a = 1.0L;
    for (int i = 0; i < 63; i++) a *= 2;
    long double b = a + 1;
    printf("2^63 + 1 = %.0Lf, differs from 2^63: %d\n", b, b != a);
    printf("as unsigned long long %llu\n", (unsigned long long)b);
    long double x = 1.0L / 3.0L;
    printf("1/3 = %.15Lf %.10Le %Lg\n", x, x, x);
    printf("sum %.3Lf product %.6Lf quotient %.12Lf\n", 1.25L + 2.5L, 1.5L * -2.25L, 10.0L / 8.0L);
    long double big = 123456789012345678.0L;
    printf("big %.1Lf\n", big);
    long double t = 0;
    for (int i = 1; i <= 100; i++) t += 1.0L / (i * (long double)(i + 1));
    printf("telescoping sum %.15Lf\n", t);
    printf("compare %d %d %d\n", 0.1L < 0.2L, (long double)0.1 == 0.1L, -0.0L == 0.0L);
    long double parsed = strtold("2.75", NULL);
    printf("strtold %.2Lf, to double %.17g, to int %d\n", parsed, (double)parsed, (int)parsed);
    long long ll = -9007199254740993LL;
    long double from_ll = ll;
    printf("from long long %.0Lf back %lld\n", from_ll, (long long)from_ll);
    char buf[64];
    snprintf(buf, sizeof buf, "[%12.4Lf] [%-12.2Le]", 3.14159L, 31415.9L);
    printf("%s\n", buf);
    return 0;
}
