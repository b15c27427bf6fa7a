/* Transcendental <math.h> functions over a table of arguments: sin, cos,
 * tan, asin, acos, atan, atan2, exp, exp2, expm1, log, log2, log10, log1p,
 * pow, cbrt, sinh, cosh, tanh. libms may differ in the last bit, so results
 * are printed with 10 significant digits; every argument is chosen where the
 * function is well-conditioned, so 10 digits are the same everywhere. */
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.1, 0.5, 1.0, 2.0, 3.0, 10.0, 0.7853981633974483, 100.5};
    for (int i = 0; i < 8; i++) {
        double x = xs[i];
        printf("x=%g sin %.10g cos %.10g tan %.10g atan %.10g\n", x, sin(x), cos(x), tan(x),
               atan(x));
        printf("x=%g exp %.10g exp2 %.10g expm1 %.10g log %.10g log2 %.10g log10 %.10g log1p %.10g\n",
               x, exp(x), exp2(x), expm1(x), log(x), log2(x), log10(x), log1p(x));
        printf("x=%g cbrt %.10g sinh %.10g cosh %.10g tanh %.10g pow(x, 2.5) %.10g pow(1.5, x) %.10g\n",
               x, cbrt(x), sinh(x), cosh(x), tanh(x), pow(x, 2.5), pow(1.5, x));
    }
    double ys[] = {-0.9, -0.5, 0.0, 0.3, 0.75};
    for (int i = 0; i < 5; i++)
        printf("y=%g asin %.10g acos %.10g atanh %.10g\n", ys[i], asin(ys[i]), acos(ys[i]),
               atanh(ys[i]));
    int quad[][2] = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}, {0, -1}, {3, 4}};
    for (int i = 0; i < 6; i++)
        printf("atan2(%d, %d) = %.10g\n", quad[i][0], quad[i][1],
               atan2((double)quad[i][0], (double)quad[i][1]));
    printf("exact cases: exp(0) %g log(1) %g sin(0) %g cos(0) %g log2(1024) %g log10(1000) %g\n",
           exp(0), log(1), sin(0), cos(0), log2(1024), log10(1000));
    printf("float versions: sinf %.6g expf %.6g logf %.6g powf %.6g\n", (double)sinf(1.0f),
           (double)expf(1.0f), (double)logf(10.0f), (double)powf(2.0f, 0.5f));
    double area = 0;
    for (int k = 0; k < 1000; k++) {
        double t0 = M_PI * k / 1000, t1 = M_PI * (k + 1) / 1000;
        area += (sin(t0) + sin(t1)) / 2 * (t1 - t0);
    }
    printf("trapezoid integral of sin over [0, pi] = %.8f\n", area);
    printf("overflow exp(1000) %g, log(0) %g, log(-1) isnan %d\n", exp(1000), log(0),
           isnan(log(-1)) != 0);
    return 0;
}
