/* Floating-point semantics that IEEE 754 fixes: float vs double rounding,
 * conversions between integers and floating types (truncation toward zero
 * for in-range values), float.h limits, epsilon, subnormals, signed zero,
 * infinities in arithmetic, and double-rounding-free float arithmetic
 * (wasm and SSE2 both evaluate float in float precision). */
#include <stdio.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static uint32_t bits_f(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t bits_d(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

int main(void) {
    printf("FLT_EPSILON %a DBL_EPSILON %a\n", (double)FLT_EPSILON, DBL_EPSILON);
    printf("FLT_MAX %.9g DBL_MAX %.17g\n", (double)FLT_MAX, DBL_MAX);
    printf("FLT_MIN %.9g DBL_MIN %.17g\n", (double)FLT_MIN, DBL_MIN);
    printf("FLT_DIG %d DBL_DIG %d FLT_MANT_DIG %d FLT_EVAL_METHOD %d\n", FLT_DIG, DBL_DIG,
           FLT_MANT_DIG, FLT_EVAL_METHOD);
    volatile float a = 0.1f, b = 0.2f;
    float s = a + b;
    printf("0.1f + 0.2f = %.9g bits %08x\n", (double)s, bits_f(s));
    volatile double da = 0.1, db = 0.2;
    printf("0.1 + 0.2 = %.17g == 0.3: %d\n", da + db, da + db == 0.3);
    volatile float big = 16777216.0f;
    printf("16777216f + 1 = %.1f\n", (double)(big + 1.0f));
    double vals[] = {2.5, -2.5, 3.99999, -3.99999, 1e9, -2147483648.0, 4294967295.0};
    for (int i = 0; i < 7; i++) {
        double v = vals[i];
        long long ll = (long long)v;
        printf("%.5f -> long long %lld", v, ll);
        if (v > -2147483649.0 && v < 2147483648.0) printf(" int %d", (int)v);
        if (v >= 0 && v < 4294967296.0) printf(" unsigned %u", (unsigned)v);
        printf(" float %.9g\n", (double)(float)v);
    }
    int64_t big_ints[] = {9007199254740993LL, -9007199254740993LL, INT64_MAX, 16777217};
    for (int i = 0; i < 4; i++)
        printf("%lld -> double %.1f float %.1f\n", (long long)big_ints[i], (double)big_ints[i],
               (double)(float)big_ints[i]);
    uint64_t ubig = 18446744073709551615ULL;
    printf("UINT64_MAX -> double %.1f float %.1f\n", (double)ubig, (double)(float)ubig);
    volatile double tiny = DBL_MIN;
    double sub = tiny / 1024;
    printf("subnormal %.17g nonzero %d back %d\n", sub, sub != 0, sub * 1024 == DBL_MIN);
    volatile double zero = 0.0;
    double nz = -zero;
    printf("signed zero: bits %016llx 1/-0 %f 1/0 %f -0 == 0 %d\n",
           (unsigned long long)bits_d(nz), 1 / nz, 1 / zero, nz == zero);
    double inf = 1.0 / zero;
    printf("inf arithmetic: %f %f %f %d\n", inf + 1, -inf * 2, 1 / inf, inf > DBL_MAX);
    float fsum = 0;
    for (int i = 1; i <= 1000; i++) fsum += 1.0f / (float)i;
    double dsum = 0;
    for (int i = 1; i <= 1000; i++) dsum += 1.0 / i;
    printf("harmonic(1000) float %.9g double %.17g\n", (double)fsum, dsum);
    float fprod = 1.0f;
    for (int i = 0; i < 100; i++) fprod *= 1.0001f;
    printf("float product %.9g bits %08x\n", (double)fprod, bits_f(fprod));
    double kahan = 0, comp = 0;
    for (int i = 0; i < 100000; i++) {
        double y = 0.1 - comp;
        double t = kahan + y;
        comp = (t - kahan) - y;
        kahan = t;
    }
    printf("kahan sum of 100000 x 0.1 = %.17g\n", kahan);
    printf("float to int rounding: %d %d %ld %lld\n", (int)-0.9f, (int)0.9999f, lrint(2.5),
           llround(-2.5));
    printf("unsigned char from double %d\n", (unsigned char)(double)200.7);
    return 0;
}
