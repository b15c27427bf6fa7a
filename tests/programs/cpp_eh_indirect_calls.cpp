// Exceptions crossing indirect calls: plain function pointers, tables of
// them, pointers to member functions, virtual calls through a base, a
// std::function holding a lambda, and a recursion that unwinds many frames.
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

struct Guard {
    const char *what;
    ~Guard() { printf("  unwind %s\n", what); }
};

static int ok(int v) { return v * 2; }
static int fails(int v) {
    Guard g{"fails"};
    throw std::runtime_error("fails(" + std::to_string(v) + ")");
}
static int fails_int(int v) { throw v; }

typedef int (*Fn)(int);

static int call_through(Fn f, int v) {
    Guard g{"call_through"};
    return f(v);
}

struct Shape {
    virtual ~Shape() {}
    virtual double area() const = 0;
    virtual const char *name() const { return "shape"; }
};
struct Square : Shape {
    double s;
    explicit Square(double v) : s(v) {}
    double area() const override {
        if (s < 0) throw std::domain_error("negative side");
        return s * s;
    }
    const char *name() const override { return "square"; }
};
struct Broken : Shape {
    double area() const override { throw std::logic_error("broken has no area"); }
};

struct Counter {
    int n = 0;
    int bump(int by) {
        if (by > 5) throw std::out_of_range("bump too big");
        return n += by;
    }
};

static int depth(int n) {
    Guard g{n % 4 == 0 ? "depth%4" : "depth"};
    if (n == 0) throw std::string("bottom");
    return depth(n - 1) + 1;
}

int main() {
    Fn table[] = {ok, fails, fails_int, ok};
    for (int i = 0; i < 4; i++) {
        try {
            printf("%d -> %d\n", i, call_through(table[i], i + 10));
        } catch (const std::exception &e) {
            printf("%d: exception %s\n", i, e.what());
        } catch (int v) {
            printf("%d: int %d\n", i, v);
        }
    }
    Square a(3), b(-1);
    Broken c;
    const Shape *shapes[] = {&a, &b, &c};
    for (const Shape *s : shapes) {
        try {
            printf("%s area %.1f\n", s->name(), s->area());
        } catch (const std::logic_error &e) {
            printf("%s: logic_error %s\n", s->name(), e.what());
        }
    }
    Counter k;
    int (Counter::*m)(int) = &Counter::bump;
    for (int by : {2, 7, 3}) {
        try {
            printf("bump %d -> %d\n", by, (k.*m)(by));
        } catch (const std::out_of_range &e) {
            printf("bump %d: %s (n stays %d)\n", by, e.what(), k.n);
        }
    }
    int calls = 0;
    std::function<int(int)> f = [&calls](int v) {
        calls++;
        if (v % 3 == 0) throw v / 3;
        return v;
    };
    int sum = 0;
    for (int v = 1; v <= 7; v++) {
        try {
            sum += f(v);
        } catch (int third) {
            sum -= third;
        }
    }
    printf("sum %d calls %d\n", sum, calls);
    try {
        depth(9);
    } catch (const std::string &s) {
        printf("caught %s\n", s.c_str());
    }
    return 0;
}
