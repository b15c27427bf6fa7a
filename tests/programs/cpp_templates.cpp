// Templates: function and class templates, partial and full specialisation,
// variadic templates with fold expressions, if constexpr, constexpr
// functions evaluated at compile time (static_assert), type traits, and
// CRTP static polymorphism.
#include <cstdio>
#include <iostream>
#include <string>
#include <type_traits>
#include <utility>

template <typename T> T maximum(T a, T b) { return a < b ? b : a; }

template <typename T, int N> struct fixed_stack {
    T data[N];
    int top = 0;
    bool push(const T &v) { if (top == N) return false; data[top++] = v; return true; }
    T pop() { return data[--top]; }
    static constexpr int capacity() { return N; }
};

template <typename T> struct describe { static const char *name() { return "something"; } };
template <> struct describe<int> { static const char *name() { return "int"; } };
template <typename T> struct describe<T *> { static const char *name() { return "pointer"; } };

template <typename... Ts> auto sum(Ts... xs) { return (xs + ... + 0); }
template <typename... Ts> void print_all(const Ts &...xs) {
    ((std::cout << '<' << xs << '>'), ...);
    std::cout << " (" << sizeof...(xs) << " args)\n";
}

template <typename T> std::string kind(const T &v) {
    if constexpr (std::is_integral_v<T>) return "integral " + std::to_string(v);
    else if constexpr (std::is_floating_point_v<T>) return "floating";
    else return "other";
}

constexpr unsigned long long factorial(unsigned n) { return n <= 1 ? 1 : n * factorial(n - 1); }
constexpr int fib(int n) {
    int a = 0, b = 1;
    for (int i = 0; i < n; i++) { int t = a + b; a = b; b = t; }
    return a;
}
static_assert(factorial(10) == 3628800, "compile-time factorial");
static_assert(fib(20) == 6765, "compile-time fib");

template <typename Derived> struct shape {
    double area() const { return static_cast<const Derived *>(this)->area_impl(); }
};
struct square : shape<square> { double s; explicit square(double v) : s(v) {} double area_impl() const { return s * s; } };
struct rect : shape<rect> { double w, h; rect(double a, double b) : w(a), h(b) {} double area_impl() const { return w * h; } };
template <typename S> double twice_area(const shape<S> &s) { return 2 * s.area(); }

template <typename T, typename = std::enable_if_t<std::is_arithmetic_v<T>>> T halve(T v) { return v / 2; }

template <unsigned N> struct pow2 { static constexpr unsigned long value = 2 * pow2<N - 1>::value; };
template <> struct pow2<0> { static constexpr unsigned long value = 1; };

int main() {
    std::cout << maximum(3, 7) << ' ' << maximum(2.5, -1.0) << ' ' << maximum<std::string>("pear", "apple") << '\n';
    fixed_stack<std::string, 3> st;
    for (const char *w : {"one", "two", "three", "four"})
        std::cout << "push " << w << ' ' << st.push(w) << '\n';
    std::cout << "capacity " << decltype(st)::capacity() << " pop " << st.pop() << ' ' << st.pop() << '\n';
    std::cout << describe<int>::name() << ' ' << describe<double *>::name() << ' ' << describe<char>::name() << '\n';
    std::cout << "sum " << sum() << ' ' << sum(1, 2, 3) << ' ' << sum(1.5, 2, 3LL) << '\n';
    print_all(1, "two", 3.5, 'c', std::string("five"));
    std::cout << kind(42) << " | " << kind(1.5) << " | " << kind(std::string("x")) << '\n';
    constexpr auto f15 = factorial(15);
    std::cout << "factorial(15) " << f15 << " fib(30) " << fib(30) << '\n';
    square sq(3);
    rect rc(2, 4.5);
    std::cout << "areas " << sq.area() << ' ' << rc.area() << ' ' << twice_area(sq) << '\n';
    std::cout << "halve " << halve(7) << ' ' << halve(7.0) << '\n';
    std::cout << "pow2<40> " << pow2<20>::value << '\n';
    std::cout << "traits " << std::is_same_v<int, std::int32_t> << ' ' << std::is_pointer_v<int *> << ' '
              << std::is_const_v<const int> << ' ' << std::is_base_of_v<shape<square>, square> << '\n';
    auto p = std::make_pair(std::string("key"), 99);
    auto [k, v] = p;
    std::printf("pair %s %d\n", k.c_str(), v);
    return 0;
}
