// Destructors run while an exception unwinds, innermost first: locals,
// members and bases of partly built objects, array elements, temporaries,
// and std containers and smart pointers holding objects (one element each:
// libc++ and libstdc++ destroy a vector's elements in opposite orders).
#include <cstdio>
#include <memory>
#include <vector>

struct Noisy {
    int id;
    explicit Noisy(int i) : id(i) { printf("+%d\n", id); }
    Noisy(const Noisy &o) : id(o.id + 100) { printf("+%d (copy)\n", id); }
    ~Noisy() { printf("-%d\n", id); }
};

struct Fails {
    Noisy member{50};
    explicit Fails(bool fail) {
        if (fail) throw 1;
    }
};

void deep(int n) {
    Noisy here(n);
    if (n == 3) {
        Noisy arr[3] = {Noisy(31), Noisy(32), Noisy(33)};
        throw n;
    }
    deep(n + 1);
}

int main() {
    try {
        deep(0);
    } catch (int n) {
        printf("caught %d\n", n);
    }
    try {
        Noisy before(40);
        Fails f(true);
    } catch (int) {
        puts("caught from constructor");
    }
    try {
        std::vector<Noisy> v;
        v.reserve(4);
        v.emplace_back(60);
        auto shared = std::make_shared<Noisy>(61);
        auto owned = std::make_unique<Noisy>(62);
        throw 'x';
    } catch (char c) {
        printf("caught %c\n", c);
    }
    return 0;
}
