// catch (...) catches everything, alone and after typed clauses; an
// exception no clause matches goes on to the next try.
#include <cstdio>

struct A {};
struct B {};

void inner(int i) {
    try {
        if (i == 0) throw A();
        if (i == 1) throw B();
        if (i == 2) throw 2.5;
    } catch (A &) {
        puts("inner caught A");
    }
}

int main() {
    for (int i = 0; i < 4; i++) {
        try {
            inner(i);
            printf("%d: nothing escaped\n", i);
        } catch (B &) {
            printf("%d: outer caught B\n", i);
        } catch (...) {
            printf("%d: outer caught something else\n", i);
        }
    }
    int caught = 0;
    for (int i = 0; i < 100; i++) {
        try {
            throw i;
        } catch (...) {
            caught++;
        }
    }
    printf("caught %d\n", caught);
    return 0;
}
