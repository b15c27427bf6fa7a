// std::exception_ptr: current_exception, rethrow_exception (more than once),
// make_exception_ptr, copies, and the object living as long as a pointer does.
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <vector>

struct Tracked {
    int id;
    explicit Tracked(int i) : id(i) {}
    Tracked(const Tracked &o) : id(o.id) {}
    ~Tracked() { printf("~Tracked %d\n", id); }
};

std::exception_ptr capture(int i) {
    try {
        if (i == 0) throw std::runtime_error("first");
        if (i == 1) throw Tracked(7);
        throw 42;
    } catch (...) {
        return std::current_exception();
    }
}

void show(const std::exception_ptr &p) {
    try {
        std::rethrow_exception(p);
    } catch (const std::exception &e) {
        printf("exception: %s\n", e.what());
    } catch (const Tracked &t) {
        printf("Tracked %d\n", t.id);
    } catch (int v) {
        printf("int %d\n", v);
    }
}

int main() {
    std::vector<std::exception_ptr> saved;
    for (int i = 0; i < 3; i++) saved.push_back(capture(i));
    printf("no current exception: %d\n", std::current_exception() == nullptr);
    for (auto &p : saved) show(p);
    show(saved[1]);
    std::exception_ptr copy = saved[1];
    saved.clear();
    puts("cleared");
    show(copy);
    copy = nullptr;
    puts("released");
    show(std::make_exception_ptr(std::logic_error("made")));
    return 0;
}
