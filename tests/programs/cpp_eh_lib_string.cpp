// basic_string<char> is instantiated inside the C++ library: its at(),
// substr(), insert() and replace() throw from there.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

template <class F> void attempt(const char *what, F f) {
    try {
        f();
        printf("%s: no exception\n", what);
    } catch (const std::out_of_range &) {
        printf("%s: out_of_range\n", what);
    } catch (const std::length_error &) {
        printf("%s: length_error\n", what);
    } catch (const std::exception &) {
        printf("%s: other exception\n", what);
    }
}

int main() {
    std::string ab("ab");
    const std::string &cab = ab;
    attempt("at(1)", [&] { printf("  got %c\n", ab.at(1)); });
    attempt("at(5)", [&] { ab.at(5); });
    attempt("const at(2)", [&] { cab.at(2); });
    attempt("substr(9)", [&] { ab.substr(9); });
    attempt("substr(2)", [&] { printf("  [%s]\n", ab.substr(2).c_str()); });
    attempt("insert(7)", [&] { ab.insert(7, "x"); });
    attempt("erase(3)", [&] { ab.erase(3); });
    attempt("replace(4)", [&] { ab.replace(4, 1, "y"); });
    attempt("compare(5)", [&] { ab.compare(5, 1, "z"); });
    attempt("copy(6)", [&] { char buf[4]; ab.copy(buf, 1, 6); });
    attempt("string(ab, 3)", [&] { std::string s(ab, 3); });
    attempt("reserve past max", [&] { ab.reserve(ab.max_size() + 1); });
    attempt("resize past max", [&] { ab.resize(ab.max_size() + 1); });
    std::wstring w(L"w");
    attempt("wstring at(3)", [&] { w.at(3); });
    std::vector<int> v(3);
    attempt("vector reserve past max", [&] { v.reserve(v.max_size() + 1); });
    printf("after all: %s\n", ab.c_str());
    return 0;
}
