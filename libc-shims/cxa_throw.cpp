// Throwing, and what ends the program when nothing catches: a separate
// object from cxa_exception.cpp, whose parts libc++'s own library uses
// (std::uncaught_exceptions, exception_ptr) in programs that never throw;
// only a program that throws links the terminate handler.

#include "cxa_exception.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>

using namespace wasmcc_eh;

namespace {

// Type names as g++'s terminate message shows them, for the types that
// exceptions have: built-in types, classes in namespaces, pointers and
// const. libc++abi's full demangler would add some 150 KB to every C++
// program (libc++'s headers throw, so every one links this object); a name
// outside this subset is shown mangled, as libstdc++ does when it cannot
// demangle.
struct Demangler {
    const char *p;
    char out[256];
    size_t len = 0;

    void put(const char *s, size_t n) {
        for (size_t i = 0; i < n && len + 1 < sizeof out; i++)
            out[len++] = s[i];
        out[len] = 0;
    }
    void put(const char *s) { put(s, strlen(s)); }

    bool builtin(char c) {
        static const char codes[] = "vbcahstijlmxyfdewno";
        static const char *const names[] = {"void",  "bool",          "char",
                                            "signed char", "unsigned char", "short",
                                            "unsigned short", "int", "unsigned int",
                                            "long", "unsigned long", "long long",
                                            "unsigned long long", "float", "double",
                                            "long double", "wchar_t", "__int128",
                                            "unsigned __int128"};
        const char *at = strchr(codes, c);
        if (!c || !at)
            return false;
        put(names[at - codes]);
        p++;
        return true;
    }

    bool source_name() {
        if (*p < '1' || *p > '9')
            return false;
        size_t n = 0;
        while (*p >= '0' && *p <= '9')
            n = n * 10 + size_t(*p++ - '0');
        if (strnlen(p, n) < n)
            return false;
        if (n == 12 && strncmp(p, "_GLOBAL__N_1", 12) == 0)
            put("(anonymous namespace)");
        else
            put(p, n);
        p += n;
        return true;
    }

    bool nested() {
        p++; // N
        if (*p == 'K')
            p++;
        bool first = true;
        if (p[0] == 'S' && p[1] == 't') {
            put("std");
            p += 2;
            first = false;
        }
        while (*p != 'E') {
            if (!first)
                put("::");
            if (!source_name())
                return false;
            first = false;
        }
        p++;
        return !first;
    }

    bool type() {
        switch (*p) {
        case 'P':
        case 'R':
        case 'K': {
            char c = *p++;
            if (!type())
                return false;
            put(c == 'P' ? "*" : c == 'R' ? "&" : " const");
            return true;
        }
        case 'N':
            return nested();
        case 'S':
            if (p[1] != 't')
                return false;
            put("std::");
            p += 2;
            return source_name();
        case 'D':
            if (p[1] == 'n') {
                put("decltype(nullptr)");
                p += 2;
                return true;
            }
            return false;
        default:
            return builtin(*p) || source_name();
        }
    }
};

/// std::terminate's default with exceptions on, with the words of g++'s
/// (libstdc++'s verbose handler): the exception's type, demangled, and
/// what() for a std::exception; then abort(), which flushes nothing.
[[noreturn]] void verbose_terminate() {
    static bool entered;
    if (entered) {
        fputs("terminate called recursively\n", stderr);
        abort();
    }
    entered = true;
    Exception *e = in_flight ? in_flight : caught;
    if (!e) {
        fputs("terminate called without an active exception\n", stderr);
        abort();
    }
    const char *name = e->primary->type->name();
    if (*name == '*')
        name++;
    Demangler d{name};
    bool whole = d.type() && *d.p == 0;
    fprintf(stderr, "terminate called after throwing an instance of '%s'\n", whole ? d.out : name);
    void *adjusted;
    if (matches(&typeid(std::exception), e, adjusted))
        fprintf(stderr, "  what():  %s\n", static_cast<std::exception *>(adjusted)->what());
    abort();
}

// Early, so that a constructor of the program's that sets its own handler
// comes after.
__attribute__((constructor(101))) void install_terminate_handler() { std::set_terminate(verbose_terminate); }

} // namespace

extern "C" {

void *__cxa_allocate_exception(size_t size) noexcept {
    size_t total = (kHeader + size + 15) & ~size_t(15);
    void *block = aligned_alloc(16, total);
    if (!block)
        std::terminate();
    memset(block, 0, kHeader);
    return static_cast<char *>(block) + kHeader;
}

[[noreturn]] void __cxa_throw(void *object, std::type_info *type, Destructor destructor) {
    auto e = reinterpret_cast<Exception *>(__cxxabiv1::__cxa_init_primary_exception(object, type, destructor));
    e->refcount = 1;
    uncaught++;
    throw_header(e);
}

// Called by the JS glue when a C++ exception leaves the program's code
// (nothing caught it): std::terminate names it, as natively. Exported from
// here, not by a linker flag, which would pull this object into every C++
// program.
__attribute__((export_name("__wasmcc_uncaught_exception"))) void __wasmcc_uncaught_exception() { std::terminate(); }

} // extern "C"
