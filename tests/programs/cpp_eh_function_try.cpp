// Function-try blocks: a constructor's handler sees the members' exception
// and rethrows it; a plain function's handler returns a value.
#include <cstdio>
#include <stdexcept>

struct Part {
    explicit Part(int n) {
        if (n < 0) throw std::invalid_argument("negative part");
        printf("Part(%d)\n", n);
    }
    ~Part() { puts("~Part"); }
};

struct Whole {
    Part a, b;
    Whole(int x, int y) try : a(x), b(y) {
        puts("Whole built");
    } catch (const std::exception &e) {
        printf("Whole's handler: %s\n", e.what());
        // The exception goes on when a constructor's handler ends.
    }
};

int parse(int v) try {
    if (v > 100) throw std::out_of_range("too big");
    return v * 2;
} catch (const std::out_of_range &e) {
    printf("parse's handler: %s\n", e.what());
    return -1;
}

int main() {
    try {
        Whole w(1, 2);
    } catch (...) {
        puts("not reached");
    }
    try {
        Whole w(3, -4);
        puts("not reached");
    } catch (const std::invalid_argument &e) {
        printf("main caught: %s\n", e.what());
    }
    printf("%d %d\n", parse(5), parse(500));
    return 0;
}
