// Exceptions the C++ library throws from its headers: vector::at,
// optional::value, variant's get, any_cast, and std::function when empty.
// (string::at throws from inside the compiled library: cpp_eh_lib_string.cpp.)
#include <any>
#include <cstdio>
#include <functional>
#include <optional>
#include <stdexcept>
#include <variant>
#include <vector>

template <class F> void attempt(const char *what, F f) {
    try {
        f();
        printf("%s: no exception\n", what);
    } catch (const std::out_of_range &) {
        printf("%s: out_of_range\n", what);
    } catch (const std::bad_optional_access &) {
        printf("%s: bad_optional_access\n", what);
    } catch (const std::bad_variant_access &) {
        printf("%s: bad_variant_access\n", what);
    } catch (const std::bad_any_cast &) {
        printf("%s: bad_any_cast\n", what);
    } catch (const std::bad_function_call &) {
        printf("%s: bad_function_call\n", what);
    } catch (const std::exception &) {
        printf("%s: other exception\n", what);
    }
}

int main() {
    std::vector<int> v{1, 2, 3};
    std::optional<int> none;
    std::variant<int, double> var = 1.5;
    std::any a = 3;
    std::function<void()> empty;
    attempt("vector::at", [&] { v.at(7) = 1; });
    attempt("vector::at ok", [&] { v.at(1) = 5; });
    attempt("optional::value", [&] { (void)none.value(); });
    attempt("std::get", [&] { (void)std::get<int>(var); });
    attempt("any_cast", [&] { (void)std::any_cast<double>(a); });
    attempt("function", [&] { empty(); });
    printf("v[1] = %d\n", v[1]);
    return 0;
}
