// Classes with virtual functions: abstract bases, overriding through
// several levels, calls through base pointers and references, virtual
// destructors running derived-then-base, calling the base version
// explicitly, multiple inheritance with this-pointer adjustment, virtual
// inheritance, dynamic_cast, and typeid equality. Objects are destroyed one
// by one (the order in which vector::clear destroys elements differs
// between standard libraries).
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <typeinfo>
#include <vector>

struct Shape {
    virtual ~Shape() { std::cout << "~Shape\n"; }
    virtual double area() const = 0;
    virtual std::string name() const { return "shape"; }
    std::string describe() const { return name() + " with area " + std::to_string(area()); }
};
struct Circle : Shape {
    double r;
    explicit Circle(double radius) : r(radius) {}
    ~Circle() override { std::cout << "~Circle " << r << '\n'; }
    double area() const override { return 3.0 * r * r; }
    std::string name() const override { return "circle"; }
};
struct Rect : Shape {
    double w, h;
    Rect(double a, double b) : w(a), h(b) {}
    ~Rect() override { std::cout << "~Rect\n"; }
    double area() const override { return w * h; }
    std::string name() const override { return "rect"; }
};
struct Square final : Rect {
    explicit Square(double s) : Rect(s, s) {}
    ~Square() override { std::cout << "~Square\n"; }
    std::string name() const override { return "square (a " + Rect::name() + ")"; }
};

struct Named { virtual ~Named() = default; virtual std::string label() const { return "named"; } int tag = 1; };
struct Counted { virtual ~Counted() = default; virtual int count() const { return 0; } int extra = 2; };
struct Widget : Named, Counted {
    std::string label() const override { return "widget"; }
    int count() const override { return 42; }
};

struct Base { int base_value = 5; virtual ~Base() = default; virtual int get() const { return base_value; } };
struct Left : virtual Base { int get() const override { return base_value * 2; } };
struct Right : virtual Base {};
struct Diamond : Left, Right {};

int main() {
    std::vector<std::unique_ptr<Shape>> shapes;
    shapes.push_back(std::make_unique<Circle>(2));
    shapes.push_back(std::make_unique<Rect>(3, 4));
    shapes.push_back(std::make_unique<Square>(5));
    double total = 0;
    for (const auto &s : shapes) {
        std::cout << s->describe() << '\n';
        total += s->area();
    }
    std::cout << "total area " << total << '\n';
    const Shape &ref = *shapes[2];
    std::cout << "through reference: " << ref.name() << '\n';
    for (const auto &s : shapes) {
        const Rect *r = dynamic_cast<const Rect *>(s.get());
        const Square *q = dynamic_cast<const Square *>(s.get());
        std::cout << s->name() << ": is rect " << (r != nullptr) << ", is square " << (q != nullptr)
                  << ", typeid Square " << (typeid(*s) == typeid(Square)) << '\n';
    }
    Widget w;
    Named *n = &w;
    Counted *c = &w;
    std::cout << n->label() << ' ' << c->count() << " tags " << n->tag << ' ' << c->extra
              << " same object " << (dynamic_cast<Widget *>(c) == &w)
              << " cross cast " << (dynamic_cast<Named *>(c) == n) << '\n';
    Diamond d;
    Base *b = &d;
    d.base_value = 21;
    std::cout << "diamond get " << b->get() << " shared base " << (static_cast<Left *>(&d)->base_value == static_cast<Right *>(&d)->base_value) << '\n';
    std::cout << "destroying:\n";
    for (auto &s : shapes) s.reset();
    std::printf("done\n");
    return 0;
}
