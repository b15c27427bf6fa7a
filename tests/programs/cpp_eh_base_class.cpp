// Catching by base class: single and multiple inheritance, references and
// pointers, the first matching clause winning, std::exception hierarchy.
#include <cstdio>
#include <stdexcept>

struct Animal { virtual ~Animal() {} virtual const char *name() const { return "animal"; } int legs = 4; };
struct Dog : Animal { const char *name() const override { return "dog"; } };
struct Tagged { int tag = 7; virtual ~Tagged() {} };
struct Puppy : Dog, Tagged { const char *name() const override { return "puppy"; } };

struct MyError : std::runtime_error {
    int code;
    MyError(const char *m, int c) : std::runtime_error(m), code(c) {}
};

void thrower(int i) {
    static Dog dog;
    switch (i) {
    case 0: throw Dog();
    case 1: throw Puppy();
    case 2: throw &dog;
    case 3: throw MyError("mine", 5);
    case 4: throw std::out_of_range("range");
    case 5: throw std::logic_error("logic");
    }
}

int main() {
    for (int i = 0; i < 6; i++) {
        try {
            thrower(i);
        } catch (const Tagged &t) {
            printf("%d: Tagged %d\n", i, t.tag);
        } catch (Animal &a) {
            printf("%d: Animal& %s %d\n", i, a.name(), a.legs);
        } catch (Animal *a) {
            printf("%d: Animal* %s\n", i, a->name());
        } catch (const MyError &e) {
            printf("%d: MyError %s %d\n", i, e.what(), e.code);
        } catch (const std::logic_error &e) {
            printf("%d: logic_error %s\n", i, e.what());
        } catch (const std::exception &e) {
            printf("%d: exception %s\n", i, e.what());
        }
    }
    try {
        throw Puppy();
    } catch (Dog &d) {
        printf("Puppy as Dog: %s\n", d.name());
    }
    return 0;
}
