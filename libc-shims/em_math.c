/* emscripten/em_math.h over libm. Where JS defines a result differently
 * from C (Math.round, Math.sign), the JS definition is followed. */

#include <emscripten/em_math.h>
#include <math.h>
#include <stdarg.h>

double emscripten_math_acos(double x) { return acos(x); }
double emscripten_math_acosh(double x) { return acosh(x); }
double emscripten_math_asin(double x) { return asin(x); }
double emscripten_math_asinh(double x) { return asinh(x); }
double emscripten_math_atan(double x) { return atan(x); }
double emscripten_math_atan2(double y, double x) { return atan2(y, x); }
double emscripten_math_atanh(double x) { return atanh(x); }
double emscripten_math_cbrt(double x) { return cbrt(x); }
double emscripten_math_cos(double x) { return cos(x); }
double emscripten_math_cosh(double x) { return cosh(x); }
double emscripten_math_exp(double x) { return exp(x); }
double emscripten_math_expm1(double x) { return expm1(x); }
double emscripten_math_fmod(double x, double y) { return fmod(x, y); }
double emscripten_math_log(double x) { return log(x); }
double emscripten_math_log1p(double x) { return log1p(x); }
double emscripten_math_log10(double x) { return log10(x); }
double emscripten_math_log2(double x) { return log2(x); }
double emscripten_math_sin(double x) { return sin(x); }
double emscripten_math_sinh(double x) { return sinh(x); }
double emscripten_math_sqrt(double x) { return sqrt(x); }
double emscripten_math_tan(double x) { return tan(x); }
double emscripten_math_tanh(double x) { return tanh(x); }

/* JS's ** and Math.pow give NaN for 1 ** ±Infinity and 1 ** NaN, where C gives 1. */
double emscripten_math_pow(double x, double y) {
    if (isnan(y) || (fabs(x) == 1 && isinf(y)))
        return NAN;
    return pow(x, y);
}

double emscripten_math_hypot(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double sum = 0;
    int inf = 0, nan = 0;
    for (int i = 0; i < count; i++) {
        double v = va_arg(ap, double);
        if (isinf(v))
            inf = 1;
        else if (isnan(v))
            nan = 1;
        else
            sum = hypot(sum, v);
    }
    va_end(ap);
    /* An infinite argument wins over NaN, as in Math.hypot. */
    return inf ? INFINITY : nan ? NAN : sum;
}

/* Rounds half up (towards +infinity); keeps the sign of zero, -0.4 gives -0. */
double emscripten_math_round(double x) {
    /* From 2^52 on every double is an integer, and x + 0.5 would round. */
    if (!(fabs(x) < 4503599627370496.0))
        return x;
    double r = floor(x + 0.5);
    /* x + 0.5 can round up in the addition for the double just below 0.5. */
    if (r - x > 0.5)
        r -= 1;
    return r == 0 ? copysign(0, x) : r;
}

double emscripten_math_sign(double x) {
    if (isnan(x) || x == 0)
        return x;
    return x > 0 ? 1 : -1;
}
