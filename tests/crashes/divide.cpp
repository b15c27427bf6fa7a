/* The division of divide.c in C++: the functions' names, as the name
 * section holds them, carry their parameter types, spaces included. */
#include <cstdio>

namespace calc {
__attribute__((noinline)) int divide(int a, unsigned b) {
    return a / (int)b; /* TRAP */
}
}

__attribute__((noinline)) int compute(int n) {
    int total = 0;
    for (int i = 0; i < n; i++)
        total += calc::divide(100, unsigned(n - 1 - i)); /* CALL divide */
    return total;
}

int main(int argc, char **) {
    std::printf("start\n");
    std::printf("%d\n", compute(argc + 2)); /* CALL compute */
    return 0;
}
