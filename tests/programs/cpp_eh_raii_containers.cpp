// Exceptions through templates, lambdas, std::function and virtual calls,
// with containers and smart pointers cleaning up: every allocation made is
// freed (a counting allocator checks).
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

static int live = 0;

struct Counted {
    std::string name;
    explicit Counted(std::string n) : name(std::move(n)) { live++; }
    Counted(const Counted &o) : name(o.name) {
        if (o.name == "poison") throw std::runtime_error("copying poison");
        live++;
    }
    ~Counted() { live--; }
};

struct Shape {
    virtual ~Shape() {}
    virtual double area() const = 0;
};
struct Square : Shape {
    double s;
    explicit Square(double x) : s(x) {}
    double area() const override {
        if (s < 0) throw std::domain_error("negative side");
        return s * s;
    }
};

template <class T> T checked(T v) {
    if (v == T()) throw std::invalid_argument("zero");
    return v;
}

int main() {
    try {
        std::vector<Counted> v;
        v.emplace_back("a");
        v.emplace_back("poison");
        std::vector<Counted> copy = v;
    } catch (const std::exception &e) {
        printf("copy failed: %s, live %d\n", e.what(), live);
    }
    std::vector<std::unique_ptr<Shape>> shapes;
    shapes.push_back(std::make_unique<Square>(2));
    shapes.push_back(std::make_unique<Square>(-1));
    for (auto &s : shapes) {
        try {
            printf("area %.1f\n", s->area());
        } catch (const std::domain_error &e) {
            printf("area failed: %s\n", e.what());
        }
    }
    std::map<std::string, std::function<int(int)>> ops;
    ops["inv"] = [](int x) { return 100 / checked(x); };
    ops["twice"] = [](int x) { return 2 * x; };
    for (int x : {5, 0}) {
        for (auto &[name, op] : ops) {
            try {
                printf("%s(%d) = %d\n", name.c_str(), x, op(x));
            } catch (const std::invalid_argument &e) {
                printf("%s(%d) threw %s\n", name.c_str(), x, e.what());
            }
        }
    }
    printf("live at end %d\n", live);
    return 0;
}
