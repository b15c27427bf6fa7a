/* JS's Math functions under Emscripten's names. wasmcc computes them with
 * libm, whose results agree with JS's wherever JS specifies them. */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

#define EM_MATH_E 2.718281828459045
#define EM_MATH_LN10 2.302585092994046
#define EM_MATH_LN2 0.6931471805599453
#define EM_MATH_LOG10E 0.4342944819032518
#define EM_MATH_LOG2E 1.4426950408889634
#define EM_MATH_PI 3.141592653589793
#define EM_MATH_SQRT1_2 0.7071067811865476
#define EM_MATH_SQRT2 1.4142135623730951

double emscripten_math_acos(double x);
double emscripten_math_acosh(double x);
double emscripten_math_asin(double x);
double emscripten_math_asinh(double x);
double emscripten_math_atan(double x);
double emscripten_math_atan2(double y, double x);
double emscripten_math_atanh(double x);
double emscripten_math_cbrt(double x);
double emscripten_math_cos(double x);
double emscripten_math_cosh(double x);
double emscripten_math_exp(double x);
double emscripten_math_expm1(double x);
double emscripten_math_fmod(double x, double y);
/* sqrt of the sum of the squares of `count` double arguments (Math.hypot). */
double emscripten_math_hypot(int count, ...);
double emscripten_math_log(double x);
double emscripten_math_log1p(double x);
double emscripten_math_log10(double x);
double emscripten_math_log2(double x);
double emscripten_math_pow(double x, double y);
/* In [0, 1), as Math.random(). */
double emscripten_math_random(void);
/* Math.round: halves round up (towards +infinity), -0.5 gives -0. */
double emscripten_math_round(double x);
/* -1, 0 or 1 (or -0, NaN) as Math.sign. */
double emscripten_math_sign(double x);
double emscripten_math_sin(double x);
double emscripten_math_sinh(double x);
double emscripten_math_sqrt(double x);
double emscripten_math_tan(double x);
double emscripten_math_tanh(double x);

#ifdef __cplusplus
}
#endif
