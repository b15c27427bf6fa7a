// What the language itself throws: a dynamic_cast to a reference that fails
// (std::bad_cast) and typeid of a null polymorphic pointer (std::bad_typeid).
#include <cstdio>
#include <typeinfo>

struct A { virtual ~A() {} };
struct B : A {};
struct C : A {};

const char *kind(A &a) {
    try {
        (void)dynamic_cast<B &>(a);
        return "a B";
    } catch (const std::bad_cast &) {
        return "not a B";
    }
}

int main() {
    B b;
    C c;
    printf("%s, %s\n", kind(b), kind(c));
    A *none = nullptr;
    try {
        printf("%d\n", typeid(*none) == typeid(A));
    } catch (const std::bad_typeid &) {
        puts("bad_typeid");
    }
    return 0;
}
