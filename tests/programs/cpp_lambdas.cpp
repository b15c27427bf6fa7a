// Lambdas and std::function: captures by value and by reference, mutable
// lambdas keeping state, init captures with move, generic lambdas,
// recursion through std::function, storing heterogeneous callables in a
// container, returning closures from functions, and std::bind.
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

static std::function<int(int)> make_adder(int n) { return [n](int x) { return x + n; }; }
static std::function<int()> make_counter() {
    int count = 0;
    return [count]() mutable { return ++count; };
}
static int apply_twice(const std::function<int(int)> &f, int x) { return f(f(x)); }
static int subtract(int a, int b) { return a - b; }

int main() {
    int base = 10;
    auto by_value = [base](int x) { return base + x; };
    auto by_ref = [&base](int x) { base += x; return base; };
    base = 20;
    std::cout << "by value " << by_value(1) << " by ref " << by_ref(5) << " base " << base << '\n';
    auto counter = make_counter();
    counter();
    counter();
    auto copy = counter;
    std::cout << "counter " << counter() << " copy " << copy() << ' ' << copy() << '\n';
    auto add5 = make_adder(5);
    std::cout << "adder " << add5(1) << " twice " << apply_twice(add5, 0) << '\n';
    auto ptr = std::make_unique<std::string>("owned by lambda");
    auto owner = [p = std::move(ptr)]() { return p->size(); };
    std::cout << "init capture " << owner() << " original empty " << (ptr == nullptr) << '\n';
    auto generic = [](auto a, auto b) { return a * b; };
    std::cout << "generic " << generic(3, 4) << ' ' << generic(1.5, 2.0) << ' '
              << generic(std::string("ab").size(), 3) << '\n';
    std::function<long long(int)> fact = [&fact](int n) -> long long { return n <= 1 ? 1 : n * fact(n - 1); };
    std::cout << "recursive factorial(20) " << fact(20) << '\n';
    std::map<std::string, std::function<double(double, double)>> ops = {
        {"add", [](double a, double b) { return a + b; }},
        {"pow", [](double a, double b) { double r = 1; for (int i = 0; i < static_cast<int>(b); i++) r *= a; return r; }},
        {"max", [](double a, double b) { return std::max(a, b); }},
    };
    for (auto &[name, op] : ops) std::cout << name << "(3, 4) = " << op(3, 4) << '\n';
    std::vector<std::function<void()>> actions;
    std::vector<int> log;
    for (int i = 0; i < 4; i++) actions.push_back([i, &log] { log.push_back(i * i); });
    for (auto it = actions.rbegin(); it != actions.rend(); ++it) (*it)();
    std::cout << "log:";
    for (int x : log) std::cout << ' ' << x;
    std::cout << '\n';
    std::vector<std::string> words = {"banana", "kiwi", "apple", "fig", "cherry"};
    std::sort(words.begin(), words.end(), [](const std::string &a, const std::string &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (auto &w : words) std::cout << w << ' ';
    std::cout << '\n';
    auto minus_from_100 = std::bind(subtract, 100, std::placeholders::_1);
    auto swapped = std::bind(subtract, std::placeholders::_2, std::placeholders::_1);
    std::cout << "bind " << minus_from_100(30) << ' ' << swapped(1, 10) << '\n';
    std::function<int(int)> empty;
    std::cout << "empty function is " << (empty ? "set" : "empty") << '\n';
    int total = 0;
    std::for_each(words.begin(), words.end(), [&total](const std::string &w) { total += static_cast<int>(w.size()); });
    std::cout << "total letters " << total << '\n';
    constexpr auto square = [](int x) { return x * x; };
    static_assert(square(12) == 144);
    std::cout << "constexpr lambda " << square(12) << '\n';
    return 0;
}
