// Which handler matches: pointers caught through a base class pointer, with
// added const, as void*; nullptr caught by any pointer handler; a private or
// ambiguous base is not a match; arrays and functions thrown decay to
// pointers; references to const catch temporaries; no arithmetic conversion.
#include <cstdio>

struct A { virtual ~A() {} int a = 1; };
struct B : A { int b = 2; };
struct Hidden : private A {};
struct Left : A {};
struct Right : A {};
struct Diamond : Left, Right {};

static int f_called() { return 5; }

template <class F> static void probe(int id, F thrower) {
    try {
        try {
            thrower();
        } catch (const A *p) {
            printf("%d: const A* (a=%d)\n", id, p ? p->a : -1);
        } catch (int *p) {
            printf("%d: int* %s\n", id, p ? "set" : "null");
        } catch (const char *s) {
            printf("%d: const char* %s\n", id, s);
        } catch (int (*fn)()) {
            printf("%d: function pointer -> %d\n", id, fn());
        } catch (long v) {
            printf("%d: long %ld\n", id, v);
        } catch (const A &r) {
            printf("%d: const A& a=%d\n", id, r.a);
        }
    } catch (void *p) {
        printf("%d: void* %s\n", id, p ? "set" : "null");
    } catch (int v) {
        printf("%d: int %d (not converted to long)\n", id, v);
    } catch (...) {
        printf("%d: only catch (...)\n", id);
    }
}

int main() {
    static B b;
    static int n = 3;
    static double d = 1.5;
    static Hidden h;
    static Diamond dm;
    static char text[] = "array";
    probe(0, [] { throw &b; });                      // B* -> const A*
    probe(1, [] { throw static_cast<const B *>(&b); });
    probe(2, [] { throw &n; });                      // int*
    probe(3, [] { throw nullptr; });                 // first pointer handler
    probe(4, [] { throw static_cast<int *>(nullptr); });
    probe(5, [] { throw &d; });                      // double* -> void*
    probe(6, [] { throw &h; });                      // private base: void*
    probe(7, [] { throw &dm; });                     // ambiguous base: void*
    probe(8, [] { throw text; });                    // char[] -> char* -> const char*
    probe(9, [] { throw f_called; });                // function -> pointer
    probe(10, [] { throw 7; });                      // int is not long
    probe(11, [] { throw B(); });                    // by reference to base
    probe(12, [] { throw Diamond(); });              // ambiguous: nothing typed
    probe(13, [] { throw 2.5f; });
    return 0;
}
