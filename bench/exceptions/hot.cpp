// A hot loop calling a function that may throw but never does. Built twice:
// with exceptions (the default) and with -fno-exceptions -DNO_EXCEPTIONS,
// where the rare path aborts instead and try/catch compile away. The try
// is inside the loop, or around it with -DTRY_AROUND_LOOP.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#ifdef NO_EXCEPTIONS
#define FAIL(what) abort()
#define TRY
#define CATCH if (false)
#else
#define FAIL(what) throw std::runtime_error(what)
#define TRY try
#define CATCH catch (const std::exception &)
#endif

// Not inlined by clang (the attribute) nor by wasm-opt (two call sites, and
// larger than what -O2 inlines), so every iteration is a real call.
__attribute__((noinline)) static unsigned step(unsigned x, unsigned i, unsigned limit) {
    if (__builtin_expect(i > limit, 0)) FAIL("past the limit");
    return x * 1664525u + i + 1013904223u;
}

int main(int argc, char **argv) {
    unsigned n = argc > 1 ? (unsigned)strtoul(argv[1], nullptr, 10) : 100000000u;
    unsigned x = 1, errors = 0;
#ifdef TRY_AROUND_LOOP
    TRY {
        for (unsigned i = 0; i < n; i++) x = step(x, i, n);
    }
    CATCH {
        errors++;
    }
#else
    for (unsigned i = 0; i < n; i++) {
        TRY {
            x = step(x, i, n);
        }
        CATCH {
            errors++;
        }
    }
#endif
    x = step(x, 0, n);
    printf("%u %u\n", x, errors);
    return 0;
}
