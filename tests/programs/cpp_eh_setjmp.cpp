// setjmp/longjmp and C++ exceptions in the same program: both ride on Wasm
// exception handling with different tags and must not catch each other's.
#include <csetjmp>
#include <cstdio>
#include <stdexcept>

static jmp_buf env;

void jump_or_throw(int i) {
    if (i % 2) longjmp(env, i);
    throw std::runtime_error("thrown");
}

int main() {
    volatile int jumps = 0, throws = 0;
    for (volatile int i = 0; i < 6; i++) {
        int v = setjmp(env);
        if (v) {
            jumps++;
            printf("longjmp back with %d\n", v);
            continue;
        }
        try {
            jump_or_throw(i);
        } catch (const std::exception &e) {
            throws++;
            printf("caught %s at %d\n", e.what(), (int)i);
        } catch (...) {
            puts("catch (...) must not see a longjmp");
        }
    }
    printf("jumps %d throws %d\n", (int)jumps, (int)throws);
    return 0;
}
