// The exception runtime's shared parts (cxa_exception.cpp, cxa_throw.cpp):
// the header in front of every thrown object and the state of the one
// thread. See cxa_exception.cpp for how clang's code uses them.

#ifndef WASMCC_CXA_EXCEPTION_H
#define WASMCC_CXA_EXCEPTION_H

#include <cstddef>
#include <cstdint>
#include <typeinfo>

namespace __cxxabiv1 {
// The layout of libc++abi's base of its type_info classes: can_catch is the
// fifth slot of their vtables (after the two destructors, noop1 and noop2).
// It tells whether a handler of this type catches an object of `thrown`,
// and adjusts `adjusted` to the handler's subobject (or, for pointers, to
// the pointer's value).
class __shim_type_info : public std::type_info {
  public:
    ~__shim_type_info() override;
    virtual void noop1() const;
    virtual void noop2() const;
    virtual bool can_catch(const __shim_type_info *thrown, void *&adjusted) const = 0;
};
struct __cxa_exception;
} // namespace __cxxabiv1

namespace wasmcc_eh {

using Shim = __cxxabiv1::__shim_type_info;
// In Wasm a destructor returns `this`, and an indirect call must match the
// callee's type exactly.
using Destructor = void *(*)(void *);
// The header in front of every thrown object. A rethrow of an exception_ptr
// throws a header of its own (dependent) that points to the primary one.
struct Exception {
    Exception *primary; // itself, unless dependent
    std::type_info *type;
    Destructor destructor;
    Exception *next_caught;
    // Handlers active on it; negative while it is being rethrown.
    int handlers;
    // Owners of the primary: the throw until its last handler ends, and
    // every exception_ptr.
    int refcount;
    // The object as the matched handler sees it (a base subobject, or a
    // pointer's value).
    void *adjusted;
};

// Keeps the object aligned as malloc would (16 on wasm32).
inline constexpr size_t kHeader = 32;
static_assert(sizeof(Exception) <= kHeader, "the header must fit in front of the object");

extern Exception *caught;    // innermost handler's exception first
extern unsigned uncaught;    // thrown and not yet caught
extern Exception *in_flight; // the last one thrown, until a handler takes it

inline Exception *header_of(void *object) {
    return reinterpret_cast<Exception *>(static_cast<char *>(object) - kHeader);
}

inline void *object_of(Exception *e) { return reinterpret_cast<char *>(e->primary) + kHeader; }

/// Throws the header as the __cpp_exception tag's value.
[[noreturn]] void throw_header(Exception *e);

/// Whether a handler for `type` (null: catch (...)) catches `e`, and the
/// object as that handler sees it.
bool matches(const std::type_info *type, Exception *e, void *&adjusted);

} // namespace wasmcc_eh

#endif
