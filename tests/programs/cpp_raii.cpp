// RAII and object lifetimes: constructors and destructors of locals in
// reverse order, nested scopes, temporaries destroyed at the end of the
// full expression, members destroyed after the owner's destructor body in
// reverse declaration order, arrays destroyed last-to-first, unique_ptr and
// shared_ptr ownership with use counts and custom deleters, copy and move
// constructors and assignment, and an early return unwinding scopes.
// (Element destruction order inside std::vector differs between standard
// libraries, so vectors hold no traced objects here.)
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Tracer {
    std::string name;
    explicit Tracer(std::string n) : name(std::move(n)) { std::cout << "  ctor " << name << '\n'; }
    Tracer(const Tracer &o) : name(o.name + "'") { std::cout << "  copy " << name << '\n'; }
    Tracer(Tracer &&o) noexcept : name(std::move(o.name)) { o.name = "moved-from"; std::cout << "  move " << name << '\n'; }
    Tracer &operator=(const Tracer &o) { name = o.name + "=" ; std::cout << "  copy-assign " << name << '\n'; return *this; }
    ~Tracer() { std::cout << "  dtor " << name << '\n'; }
};

struct Holder {
    Tracer first{"member-first"};
    Tracer second{"member-second"};
    Holder() { std::cout << "  Holder body\n"; }
    ~Holder() { std::cout << "  ~Holder body\n"; }
};

static Tracer make(const char *n) { return Tracer(n); }

static int early(int x) {
    Tracer a("early-a");
    if (x > 0) {
        Tracer b("early-b");
        return x;
    }
    Tracer c("early-c");
    return -x;
}

int main() {
    std::cout << "scopes:\n";
    {
        Tracer a("a");
        Tracer b("b");
        {
            Tracer inner("inner");
        }
        Tracer c("c");
    }
    std::cout << "temporary:\n";
    std::cout << "  length " << Tracer("temp").name.size() << '\n';
    std::cout << "members:\n";
    { Holder h; }
    std::cout << "array:\n";
    { Tracer arr[3] = {Tracer("x0"), Tracer("x1"), Tracer("x2")}; }
    std::cout << "return value:\n";
    { Tracer r = make("returned"); }
    std::cout << "copy and move:\n";
    {
        Tracer orig("orig");
        Tracer cp = orig;
        Tracer mv = std::move(orig);
        cp = mv;
    }
    std::cout << "early return:\n";
    early(1);
    early(-1);
    std::cout << "unique_ptr:\n";
    {
        auto u = std::make_unique<Tracer>("unique");
        auto u2 = std::move(u);
        std::cout << "  u empty " << (u == nullptr) << '\n';
        u2.reset(new Tracer("replacement"));
        std::cout << "  after reset\n";
    }
    std::cout << "shared_ptr:\n";
    {
        std::shared_ptr<Tracer> s1 = std::make_shared<Tracer>("shared");
        std::cout << "  count " << s1.use_count() << '\n';
        {
            auto s2 = s1;
            std::vector<std::shared_ptr<Tracer>> many(3, s1);
            std::cout << "  count " << s1.use_count() << '\n';
        }
        std::cout << "  count " << s1.use_count() << '\n';
        std::weak_ptr<Tracer> weak = s1;
        s1.reset();
        std::cout << "  weak expired " << weak.expired() << '\n';
    }
    std::cout << "custom deleter:\n";
    {
        auto deleter = [](Tracer *t) { std::cout << "  deleter for " << t->name << '\n'; delete t; };
        std::unique_ptr<Tracer, decltype(deleter)> d(new Tracer("custom"), deleter);
    }
    std::cout << "end of main\n";
    return 0;
}
