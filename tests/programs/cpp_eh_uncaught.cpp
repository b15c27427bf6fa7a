// An exception nothing catches ends the program with std::terminate: its
// type and what() on stderr, status 134. abort() flushes nothing, so the
// program flushes what it wants seen.
#include <cstdio>
#include <stdexcept>

int parse(int v) {
    if (v == 3) throw std::runtime_error("boom");
    return v;
}

int main() {
    int sum = 0;
    for (int i = 0; i < 5; i++) {
        try {
            sum += parse(i);
        } catch (const std::logic_error &) {
            puts("not a logic_error");
        }
        printf("sum %d\n", sum);
        fflush(stdout);
    }
    return 0;
}
