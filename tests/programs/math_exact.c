/* <math.h> functions whose results are exactly specified (correctly rounded
 * or exact), so every libm agrees bit for bit: sqrt, fma, floor, ceil,
 * trunc, round, rint, nearbyint, lround, fmod, remainder, frexp, ldexp,
 * modf, fabs, copysign, fmin/fmax, nextafter, and classification macros. */
#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void) {
    double sq[] = {0.0, 1.0, 2.0, 3.0, 10.0, 0.25, 1e-300, 1e300, 123456789.0, 0.1};
    for (int i = 0; i < 10; i++) printf("sqrt(%g) = %.17g [%a]\n", sq[i], sqrt(sq[i]), sqrt(sq[i]));
    printf("sqrtf(2) = %.9g\n", (double)sqrtf(2.0f));
    printf("fma(0.1, 10, -1) = %.17g vs plain %.17g\n", fma(0.1, 10.0, -1.0), 0.1 * 10.0 - 1.0);
    printf("fma(1+2^-30, 1-2^-30, -1) = %a\n", fma(1.0 + ldexp(1, -30), 1.0 - ldexp(1, -30), -1.0));
    double r[] = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999999999999996, -0.0, 3.7, -3.7, 1e16 + 1};
    for (int i = 0; i < 11; i++)
        printf("x=%-22.17g floor %-5g ceil %-5g trunc %-5g round %-5g rint %-5g nearbyint %-5g lround %ld\n",
               r[i], floor(r[i]), ceil(r[i]), trunc(r[i]), round(r[i]), rint(r[i]),
               nearbyint(r[i]), lround(r[i] > 1e15 ? 0 : r[i]));
    double fm[][2] = {{10, 3}, {-10, 3}, {10, -3}, {5.5, 1.25}, {1e20, 7}, {0.3, 0.1}};
    for (int i = 0; i < 6; i++)
        printf("fmod(%g, %g) = %.17g remainder = %.17g\n", fm[i][0], fm[i][1],
               fmod(fm[i][0], fm[i][1]), remainder(fm[i][0], fm[i][1]));
    double fr[] = {1.0, 0.75, 1024.0, -3.0, 1e-310, 6.02e23};
    for (int i = 0; i < 6; i++) {
        int e;
        double m = frexp(fr[i], &e);
        printf("frexp(%g) = %.17g * 2^%d, ldexp back %d\n", fr[i], m, e, ldexp(m, e) == fr[i]);
    }
    printf("ldexp(1, 1023) = %g, ldexp(1, 1024) = %g, ldexp(1, -1074) > 0: %d\n",
           ldexp(1, 1023), ldexp(1, 1024), ldexp(1, -1074) > 0);
    double ip;
    double fp = modf(-3.75, &ip);
    printf("modf(-3.75) = %g + %g\n", ip, fp);
    printf("fabs %g copysign %g %g fmin %g fmax %g fdim %g\n", fabs(-2.5), copysign(3, -0.0),
           copysign(-4, 1), fmin(2, -1), fmax(2, -1), fdim(5, 3));
    printf("nextafter(1, 2) = %a, nextafter(0, -1) < 0: %d\n", nextafter(1.0, 2.0),
           nextafter(0.0, -1.0) < 0);
    double specials[] = {0.0, -0.0, 1.0, INFINITY, -INFINITY, NAN, DBL_MIN, DBL_MIN / 4};
    const char *names[] = {"0", "-0", "1", "inf", "-inf", "nan", "min", "subnormal"};
    for (int i = 0; i < 8; i++) {
        double x = specials[i];
        int c = fpclassify(x);
        printf("%-9s isnan %d isinf %d isfinite %d isnormal %d signbit %d class %s\n", names[i],
               isnan(x) != 0, isinf(x) != 0, isfinite(x) != 0, isnormal(x) != 0, signbit(x) != 0,
               c == FP_NAN ? "nan" : c == FP_INFINITE ? "inf" : c == FP_ZERO ? "zero"
               : c == FP_SUBNORMAL ? "subnormal" : "normal");
    }
    printf("sqrt(-1) isnan %d, inf-inf isnan %d, 0*inf isnan %d\n", isnan(sqrt(-1.0)) != 0,
           isnan(INFINITY - INFINITY) != 0, isnan(0.0 * INFINITY) != 0);
    printf("nan compares: %d %d %d\n", NAN == NAN, NAN < 1.0, NAN != NAN);
    printf("hypot(3,4) = %g, pow(2, 10) = %g, pow(2, -2) = %g, pow(-8, 1.0/3) isnan %d\n",
           hypot(3, 4), pow(2, 10), pow(2, -2), isnan(pow(-8, 1.0 / 3)) != 0);
    printf("pow(x, 0) %g %g, pow(1, nan) %g, pow(0, -1) %g\n", pow(NAN, 0), pow(0, 0),
           pow(1, NAN), pow(0, -1));
    return 0;
}
