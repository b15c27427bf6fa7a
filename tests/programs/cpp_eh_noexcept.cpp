// An exception leaving a noexcept function calls std::terminate, which
// names the exception on stderr and aborts (status 134); output printed
// and flushed before stays.
#include <cstdio>
#include <stdexcept>

void may_throw(int v) {
    if (v > 2) throw std::length_error("too long");
}

void promise(int v) noexcept { may_throw(v); }

int main() {
    for (int i = 0; i < 5; i++) {
        promise(i);
        printf("promise kept %d\n", i);
        fflush(stdout);
    }
    puts("not reached");
    return 0;
}
