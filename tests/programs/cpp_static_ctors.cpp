// Static objects: constructors of namespace-scope objects run before main
// in definition order within a translation unit; function-local statics are
// constructed on first use only; destructors run after main returns in
// reverse order of construction, interleaved with atexit handlers
// registered in between, and their output is flushed at exit.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

static int order = 0;

struct Global {
    std::string name;
    int rank;
    explicit Global(const char *n) : name(n), rank(++order) { std::printf("construct %s (#%d)\n", n, rank); }
    ~Global() { std::printf("destroy %s (#%d)\n", name.c_str(), rank); }
};

Global first("first");
static Global second("second");
namespace inner { Global third("third"); }

static int computed = [] { std::printf("initialiser lambda runs, order so far %d\n", order); return order * 100; }();

static Global &lazy() {
    static Global instance("lazy");
    return instance;
}

static void handler() { std::printf("atexit handler (registered in main)\n"); }

int main() {
    std::printf("main starts, computed=%d\n", computed);
    std::atexit(handler);
    std::printf("lazy not yet built, order=%d\n", order);
    std::printf("lazy rank %d\n", lazy().rank);
    std::printf("lazy again rank %d\n", lazy().rank);
    static Global in_main("static-in-main");
    std::cout << "iostream works in main" << std::endl;
    std::printf("main returns without a trailing newline");
    return 0;
}
