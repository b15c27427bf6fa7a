// Catch by value copies the exception object (copy constructor runs);
// modifying the copy leaves the thrown object alone, which a rethrow shows.
#include <cstdio>

struct Value {
    int n;
    explicit Value(int v) : n(v) {}
    Value(const Value &o) : n(o.n) { printf("copy %d\n", n); }
    ~Value() { printf("destroy %d\n", n); }
};

int main() {
    try {
        try {
            throw Value(1);
        } catch (Value v) {
            v.n = 99;
            printf("handler has %d\n", v.n);
            throw;
        }
    } catch (const Value &v) {
        printf("outer sees %d\n", v.n);
    }
    try {
        throw Value(2);
    } catch (Value &v) {
        v.n = 3;
        printf("by reference %d\n", v.n);
    }
    puts("done");
    return 0;
}
