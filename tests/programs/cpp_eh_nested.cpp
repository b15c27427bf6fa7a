// Nested try blocks, exceptions thrown from inside handlers, and handlers
// that catch and go on in loops.
#include <cstdio>
#include <stdexcept>
#include <string>

int depth = 0;

int recurse(int n) {
    depth++;
    if (n == 0) throw std::runtime_error("bottom");
    try {
        return recurse(n - 1) + 1;
    } catch (const std::runtime_error &e) {
        if (n % 3 == 0) throw std::runtime_error(std::string(e.what()) + "+" + std::to_string(n));
        throw;
    }
}

int main() {
    try {
        try {
            throw 1;
        } catch (int i) {
            printf("inner %d\n", i);
            try {
                throw i + 1;
            } catch (int j) {
                printf("inner-inner %d\n", j);
                throw j + 1;
            }
        }
    } catch (int k) {
        printf("outer %d\n", k);
    }
    try {
        recurse(10);
    } catch (const std::exception &e) {
        printf("recurse: %s depth %d\n", e.what(), depth);
    }
    int sum = 0;
    for (int i = 0; i < 1000; i++) {
        try {
            try {
                if (i % 2) throw i;
                sum += 1;
            } catch (int v) {
                if (v % 3 == 0) throw std::to_string(v);
                sum += v;
            }
        } catch (const std::string &s) {
            sum += (int)s.size();
        }
    }
    printf("sum %d\n", sum);
    return 0;
}
