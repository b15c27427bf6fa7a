// The test program: configure's answers from config.h, and a call into the
// static library, which uses libm.
#include "config.h"
#include <cstdio>

extern "C" double greet(int n);

int main(int argc, char **argv) {
    std::printf("sizeof(long) %d, mmap %d\n", SIZEOF_LONG, HAVE_MMAP);
    std::printf("sqrt %.3f\n", greet(argc - 1));
    return argc == 3 ? 0 : 1;
}
