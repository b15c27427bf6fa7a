/* Floating-point parsing: strtod/strtof/atof on decimal, exponent, hex-float,
 * inf/nan and malformed input, with the end pointer, ERANGE on overflow and
 * underflow, and exact round-tripping through %.17g and %a. Both libcs parse
 * with correct rounding, so the bits must agree. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <math.h>
#include <string.h>

static void show(const char *s) {
    char *end;
    errno = 0;
    double d = strtod(s, &end);
    int e = errno;
    printf("strtod(\"%s\") = %.17g [%a], used %td, range %s\n", s, d, d, end - s,
           e == ERANGE ? "ERANGE" : "ok");
}

int main(void) {
    const char *inputs[] = {"0", "-0.0", "1", "3.14159265358979323846", "  +2.5e3xyz",
                            "1e-5", ".5", "5.", "1e308", "1.7976931348623157e308",
                            "2.2250738585072014e-308",
                            "0.1", "0.30000000000000004", "123456789012345678901234567890",
                            "0x1p-2", "0x1.8p1", "-0X10", "1e", "1e+", "e5", "abc", "",
                            "9007199254740993",
                            "0.000000000000000000000000000001234"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) show(inputs[i]);
    /* Subnormal results: whether ERANGE is set and how %a spells them is up
       to the libc, so only the value is printed. */
    printf("subnormal %.17g %.17g %.17g\n", strtod("4.9406564584124654e-324", NULL),
           strtod("2.4703282292062328e-324", NULL), strtod("1e-310", NULL));
    char *end;
    double inf = strtod("-Infinity!", &end);
    printf("inf: %f isinf %d rest \"%s\"\n", inf, isinf(inf) != 0, end);
    double nan1 = strtod("nan(123)", &end);
    printf("nan: isnan %d rest \"%s\"\n", isnan(nan1) != 0, end);
    double n2 = strtod("NAN", &end);
    printf("NAN: isnan %d rest \"%s\"\n", isnan(n2) != 0, end);
    errno = 0;
    double over = strtod("1e400", &end);
    printf("overflow: %f errno %s\n", over, errno == ERANGE ? "ERANGE" : "none");
    errno = 0;
    double under = strtod("1e-400", &end);
    printf("underflow: %g errno %s\n", under, errno == ERANGE ? "ERANGE" : "none");
    float f = strtof("3.4028235e38", &end);
    printf("strtof max %.9g [%a]\n", (double)f, (double)f);
    f = strtof("0.1", NULL);
    printf("strtof 0.1 %.9g\n", (double)f);
    f = strtof("16777217", NULL);
    printf("strtof 16777217 %.1f\n", (double)f);
    printf("atof %.17g %.17g\n", atof("  -7.25e-2"), atof("x"));
    char buf[64];
    double vals[] = {0.1, 1.0 / 3.0, M_PI, 1e-300, 123456.789e200};
    int ok = 1;
    for (int i = 0; i < 5; i++) {
        snprintf(buf, sizeof buf, "%.17g", vals[i]);
        if (strtod(buf, NULL) != vals[i]) ok = 0;
        snprintf(buf, sizeof buf, "%a", vals[i]);
        if (strtod(buf, NULL) != vals[i]) ok = 0;
    }
    printf("round trip %s\n", ok ? "ok" : "FAILED");
    return 0;
}
