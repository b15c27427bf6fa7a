// Built with -fno-exceptions (see .flags): the feature macros are off, code
// written to build either way takes its error-code path, noexcept still
// answers for expressions, destructors run as usual, and a library-style
// "throw" turned into a call to an error handler ends in abort (status 134).
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#define TRY try
#define CATCH_ALL catch (...)
#define FAIL(msg) throw std::string(msg)
#else
#define TRY if (true)
#define CATCH_ALL else
#define FAIL(msg) fail_hard(msg)
#endif

[[noreturn]] static void fail_hard(const char *msg) {
    printf("fatal: %s\n", msg);
    fflush(stdout);
    abort();
}

struct Tracer {
    const char *name;
    explicit Tracer(const char *n) : name(n) { printf("make %s\n", name); }
    ~Tracer() { printf("drop %s\n", name); }
};

static int checked_div(int a, int b, bool *ok) {
    *ok = b != 0;
    return b ? a / b : 0;
}

static int may_throw(int v) { return v + 1; }
static int never_throws(int v) noexcept { return v + 2; }

int main(int argc, char **) {
    printf("__cpp_exceptions defined: %d\n",
#ifdef __cpp_exceptions
           1
#else
           0
#endif
    );
    printf("noexcept(may_throw): %d noexcept(never_throws): %d\n", (int)noexcept(may_throw(1)),
           (int)noexcept(never_throws(1)));
    {
        Tracer a("outer");
        std::unique_ptr<Tracer> first = std::make_unique<Tracer>("first");
        std::vector<int> v{1, 2, 3};
        auto second = std::make_unique<Tracer>("second");
        printf("vector of %zu\n", v.size());
        TRY {
            bool ok;
            int q = checked_div(10, argc - 1, &ok);
            printf("div ok %d q %d\n", ok, q);
        }
        CATCH_ALL { printf("never\n"); }
    }
    std::string s = "text";
    s += std::to_string(may_throw(41));
    printf("%s\n", s.c_str());
    if (argc == 1) FAIL("no arguments");
    return 0;
}
