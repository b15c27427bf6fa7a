#include <math.h>
#include <stdio.h>

/* Prints the greeting for `n` arguments and returns the square root of n
   (libm, which the project links as Meson finds it). */
double greet(int n) {
    printf("greet: %d arguments\n", n);
    return sqrt((double)n);
}
