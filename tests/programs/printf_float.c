/* printf of doubles: %f %e %g %a with widths, precisions and flags, the
 * special values inf and nan, and values whose exact decimal expansion is
 * long. Every value here has one correct rounding, so any conforming
 * printf prints the same bytes. */
#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void) {
    double v[] = {0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1234567.891, 1e-7,
                  6.02214076e23, -2.2250738585072014e-308, 123456789012345678.0, 0.5,
                  1.0 / 3.0, 100.0, 1e21, 9.9999999};
    int n = sizeof v / sizeof v[0];
    for (int i = 0; i < n; i++) {
        printf("[%f] [%e] [%g] [%.3f] [%.3e] [%.3g] [%.0f] [%.0e]\n", v[i], v[i], v[i], v[i],
               v[i], v[i], v[i], v[i]);
    }
    printf("round half even in binary: [%.0f] [%.0f] [%.0f] [%.0f] [%.1f] [%.2f]\n", 0.5, 1.5,
           2.5, 3.5, 0.25, 1.005);
    printf("widths: [%10.3f] [%-10.3f] [%010.3f] [%+.2f] [% .2f] [%+010.2f]\n", 3.14159,
           3.14159, -3.14159, 2.0, 2.0, -2.0);
    printf("e widths: [%12.4e] [%-12.4E] [%012.2e] [%+e]\n", 12345.678, 0.000123, -5.5, 1.0);
    printf("g: [%g] [%g] [%g] [%g] [%g] [%g] [%G]\n", 100000.0, 1000000.0, 0.0001, 0.00001,
           123456789.0, 1e-10, 1e-10);
    printf("g precision: [%.1g] [%.2g] [%.10g] [%.17g] [%#g] [%#.3g]\n", 0.15, 99.5, M_PI,
           0.1, 1.0, 2.0);
    printf("hash f: [%#.0f] [%#.0e]\n", 3.0, 3.0);
    printf("a: [%a] [%a] [%a] [%a] [%A] [%.3a] [%.0a]\n", 1.0, 3.0, 0.5, -10.25, 255.0,
           1.0 / 3.0, 1.5);
    printf("a more: [%a] [%a] [%a]\n", 0.0, DBL_MAX, DBL_MIN);
    printf("inf nan: [%f] [%f] [%e] [%g] [%F] [%5.1f] [%-6f] [%+f]\n", INFINITY, -INFINITY,
           INFINITY, -INFINITY, INFINITY, INFINITY, INFINITY, INFINITY);
    printf("nan: [%f] [%e] [%g] [%F] [%8f]\n", (double)NAN, (double)NAN, (double)NAN,
           (double)NAN, (double)NAN);
    printf("negative zero: [%f] [%e] [%g] [%.0f]\n", -0.0, -0.0, -0.0, -0.4);
    printf("exact: [%.20f] [%.30f] [%.25e]\n", 0.1, 1.0 / 1024.0, 2.0 / 3.0);
    printf("big: [%f] [%.0f]\n", 1e22, 1.7976931348623157e308);
    printf("float args: [%f] [%.10f] [%g]\n", 1.1f, 0.2f, 16777217.0f);
    printf("max precision digits: [%.40f]\n", 0.3);
    return 0;
}
