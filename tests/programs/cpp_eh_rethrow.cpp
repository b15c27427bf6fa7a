// throw; rethrows the exception being handled, keeping its dynamic type;
// throwing a caught object by name copies it (slicing to the static type).
#include <cstdio>
#include <stdexcept>

struct Base { virtual ~Base() {} virtual const char *who() const { return "Base"; } };
struct Derived : Base { const char *who() const override { return "Derived"; } };

void level3() { throw Derived(); }

void level2() {
    try {
        level3();
    } catch (Base &b) {
        printf("level2 saw %s, rethrowing\n", b.who());
        throw;
    }
}

void level1() {
    try {
        level2();
    } catch (Base &b) {
        printf("level1 saw %s, throwing a copy\n", b.who());
        throw b;
    }
}

int main() {
    try {
        level1();
    } catch (Derived &) {
        puts("main: Derived");
    } catch (Base &b) {
        printf("main: %s\n", b.who());
    }
    int count = 0;
    for (int i = 0; i < 3; i++) {
        try {
            try {
                throw std::runtime_error("again");
            } catch (...) {
                count++;
                throw;
            }
        } catch (const std::runtime_error &e) {
            count += 10;
            printf("%d %s\n", i, e.what());
        }
    }
    printf("count %d\n", count);
    return 0;
}
