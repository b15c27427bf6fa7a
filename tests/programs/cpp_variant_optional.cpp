// C++17 vocabulary types without exceptions: std::optional (has_value,
// value_or, reset), std::variant with std::visit and holds_alternative /
// get_if, std::any with any_cast on pointers, std::tuple with structured
// bindings and std::apply, and std::pair comparisons.
#include <any>
#include <iostream>
#include <optional>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

static std::optional<int> parse_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    return std::nullopt;
}

using Value = std::variant<int, double, std::string>;

struct Printer {
    void operator()(int i) const { std::cout << "int " << i; }
    void operator()(double d) const { std::cout << "double " << d; }
    void operator()(const std::string &s) const { std::cout << "string \"" << s << '"'; }
};

int main() {
    for (char c : std::string("7x0")) {
        auto d = parse_digit(c);
        std::cout << c << ": has " << d.has_value() << " value_or " << d.value_or(-1) << '\n';
    }
    std::optional<std::string> name = "ada";
    name->append(" lovelace");
    std::cout << *name << " size " << name->size() << '\n';
    name.reset();
    std::cout << "after reset " << name.has_value() << '\n';

    std::vector<Value> values = {42, 2.5, std::string("text"), 7};
    for (const auto &v : values) {
        std::visit(Printer{}, v);
        std::cout << " (index " << v.index() << ")\n";
    }
    double sum = 0;
    for (const auto &v : values)
        sum += std::visit([](const auto &x) -> double {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::string>) return static_cast<double>(x.size());
            else return static_cast<double>(x);
        }, v);
    std::cout << "visited sum " << sum << '\n';
    Value v = 3;
    std::cout << "holds int " << std::holds_alternative<int>(v);
    v = std::string("now a string");
    std::cout << " holds string " << std::holds_alternative<std::string>(v) << " get_if int null "
              << (std::get_if<int>(&v) == nullptr) << " value " << *std::get_if<std::string>(&v) << '\n';

    std::any box = 5;
    std::cout << "any int " << *std::any_cast<int>(&box);
    box = std::string("boxed");
    std::cout << " any string " << *std::any_cast<std::string>(&box) << " wrong type null "
              << (std::any_cast<int>(&box) == nullptr) << '\n';

    auto t = std::make_tuple(1, std::string("two"), 3.0);
    auto &[one, two, three] = t;
    std::get<0>(t) = 10;
    std::cout << "tuple " << one << ' ' << two << ' ' << three << " size " << std::tuple_size_v<decltype(t)> << '\n';
    int total = std::apply([](int a, const std::string &b, double c) { return a + static_cast<int>(b.size()) + static_cast<int>(c); }, t);
    std::cout << "apply " << total << '\n';
    std::pair<int, std::string> p1{1, "b"}, p2{1, "a"};
    std::cout << "pair compare " << (p2 < p1) << ' ' << (p1 == std::make_pair(1, std::string("b"))) << '\n';
    return 0;
}
