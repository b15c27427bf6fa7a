// Throw-and-catch cost: N std::runtime_error thrown two frames below the
// catch, through a frame with a destructor to run. The time for N = 0 (start-up)
// is subtracted from the time for N by run.sh.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

static unsigned destroyed;

struct Guard {
    ~Guard() { destroyed++; }
};

__attribute__((noinline)) static void thrower(long i) {
    if (i >= 0) throw std::runtime_error("boom");
}

__attribute__((noinline)) static void middle(long i) {
    Guard g;
    thrower(i);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? strtol(argv[1], nullptr, 10) : 200000;
    long caught = 0;
    for (long i = 0; i < n; i++) {
        try {
            middle(i);
        } catch (const std::exception &e) {
            caught += e.what()[0] == 'b';
        }
    }
    middle(-1);
    printf("%ld %u\n", caught, destroyed);
    return 0;
}
