// operator new past the memory limit throws std::bad_alloc (from inside the
// C++ library), runs the new_handler first, and nothrow new returns null.
#include <climits>
#include <cstdint>
#include <cstdio>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

static int handler_calls = 0;
// Allocations the compiler cannot see through or drop.
static volatile size_t huge_size = SIZE_MAX / 2 + 1;
static void *volatile sink;
static void handler() {
    // A new_handler that cannot free memory gives up: the next failure throws.
    handler_calls++;
    std::set_new_handler(nullptr);
}

int main() {
    // More than the address space the program can ever have.
    size_t huge = huge_size;
    try {
        char *p = new char[huge];
        printf("allocated %p\n", (void *)p);
    } catch (const std::bad_alloc &) {
        printf("new[]: bad_alloc\n");
    }
    try {
        void *p = ::operator new(huge);
        printf("allocated %p\n", p);
    } catch (const std::exception &) {
        printf("operator new: caught as std::exception\n");
    }
    char *q = new (std::nothrow) char[huge];
    sink = q;
    printf("nothrow new: %s\n", sink ? "memory" : "null");
    std::set_new_handler(handler);
    try {
        void *p = ::operator new(huge);
        printf("allocated %p\n", p);
    } catch (const std::bad_alloc &) {
        printf("with a new_handler: bad_alloc after %d call(s)\n", handler_calls);
    }
    // A container asking for too much: the allocation inside it throws.
    std::vector<int> v;
    try {
        v.reserve(v.max_size());
        sink = v.data();
        printf("reserved\n");
    } catch (const std::bad_alloc &) {
        printf("vector reserve(max_size): bad_alloc\n");
    } catch (const std::length_error &) {
        printf("vector reserve(max_size): length_error\n");
    }
    // Memory still works afterwards.
    std::string s(1000, 'x');
    printf("then a string of %zu\n", s.size());
    return 0;
}
