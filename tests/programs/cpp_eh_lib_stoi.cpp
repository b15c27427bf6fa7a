// Exceptions thrown from inside the C++ library's compiled code (not its
// headers): the string conversions, caught by their own type and by a base.
// what() texts differ between C++ libraries, so only the types are printed.
#include <cstdio>
#include <stdexcept>
#include <string>

template <class F> void attempt(const char *what, F f) {
    try {
        long long v = f();
        printf("%s: %lld\n", what, v);
    } catch (const std::invalid_argument &) {
        printf("%s: invalid_argument\n", what);
    } catch (const std::out_of_range &) {
        printf("%s: out_of_range\n", what);
    }
}

int main() {
    attempt("stoi x", [] { return (long long)std::stoi("x"); });
    attempt("stoi 42", [] { return (long long)std::stoi("42"); });
    attempt("stoi big", [] { return (long long)std::stoi("99999999999"); });
    attempt("stoll big", [] { return std::stoll("99999999999999999999"); });
    attempt("stoul neg word", [] { return (long long)std::stoul("-"); });
    attempt("stoi hex", [] { return (long long)std::stoi("ff", nullptr, 16); });
    attempt("stod abc", [] { return (long long)std::stod("abc"); });
    attempt("stod huge", [] { return (long long)std::stod("1e999"); });
    attempt("stof huge", [] { return (long long)std::stof("1e99"); });
    // Caught as the base class, and the program goes on.
    int caught = 0;
    for (const char *s : {"1", "x", "2", "", "3"}) {
        try {
            std::stoi(s);
        } catch (const std::logic_error &) {
            caught++;
        }
    }
    printf("caught as logic_error: %d\n", caught);
    try {
        std::stoi("nope");
    } catch (const std::exception &) {
        printf("caught as std::exception\n");
    }
    return 0;
}
