// std::set_terminate: the program's handler runs for an uncaught exception
// and can see it through std::current_exception... or just exit.
#include <cstdio>
#include <cstdlib>
#include <exception>

[[noreturn]] void handler() {
    printf("custom terminate handler\n");
    fflush(stdout);
    std::_Exit(9);
}

struct Quiet {
    ~Quiet() {}
};

int main() {
    std::set_terminate(handler);
    try {
        throw 1;
    } catch (int) {
        puts("caught first");
    }
    throw 2.0;
}
