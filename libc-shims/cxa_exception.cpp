// C++ exceptions on WebAssembly exception handling: the runtime that
// Debian's libc++abi for wasm32 leaves out (it was built without
// exceptions). Written from the Itanium C++ ABI (its exception handling
// chapter and the LSDA layout of its "gcc_except_table") and from LLVM's
// description of how clang lowers try/catch to Wasm EH.
//
// How clang's code uses it, with -fwasm-exceptions:
// - `throw x` calls __cxa_allocate_exception, builds x there and calls
//   __cxa_throw, which throws the Wasm tag __cpp_exception with one i32: the
//   address of our header (struct Exception) in front of the object.
// - A catch pad that names types stores its landing pad's index and its
//   function's LSDA in __wasm_lpad_context and calls
//   _Unwind_CallPersonality(header), which leaves in the context's selector
//   the type filter of the first catch clause that matches (0 for none); the
//   pad compares it with each clause's filter and rethrows when none match.
//   A pad with only `catch (...)` or only destructors does not ask.
// - A matched clause calls __cxa_begin_catch (and __cxa_get_exception_ptr
//   first for a catch by value) and __cxa_end_catch when it is left.
// - A noexcept function that an exception leaves ends in a catch_all that
//   calls std::terminate without telling which exception it was: hence
//   `in_flight`, which the terminate handler reads to name it.
// Wasm EH has one phase: there is no search for a handler before unwinding,
// so destructors run on the way out even for an exception no one catches,
// which then reaches JS; the glue calls __wasmcc_uncaught_exception.
//
// One thread: the caught-exception stack and the counters are plain globals.
// The type_info classes (__class_type_info and the rest, with can_catch) come
// from Debian's libc++abi, which exports them.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
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
extern "C" char *__cxa_demangle(const char *mangled, char *buf, size_t *len, int *status);
} // namespace __cxxabiv1

namespace {

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
constexpr size_t kHeader = 32;
static_assert(sizeof(Exception) <= kHeader, "the header must fit in front of the object");

Exception *caught;        // innermost handler's exception first
unsigned uncaught;        // thrown and not yet caught
Exception *in_flight;     // the last one thrown, until a handler takes it

Exception *header_of(void *object) { return reinterpret_cast<Exception *>(static_cast<char *>(object) - kHeader); }

void *object_of(Exception *e) { return reinterpret_cast<char *>(e->primary) + kHeader; }

[[noreturn]] void throw_header(Exception *e) {
    in_flight = e;
    __builtin_wasm_throw(0, e);
}

/// Whether a handler for `type` (null: catch (...)) catches `e`, and the
/// object as that handler sees it.
bool matches(const std::type_info *type, Exception *e, void *&adjusted) {
    adjusted = object_of(e);
    if (!type)
        return true;
    auto handler = static_cast<const Shim *>(type);
    auto thrown = static_cast<const Shim *>(e->primary->type);
    return handler->can_catch(thrown, adjusted);
}

uintptr_t read_uleb(const uint8_t *&p) {
    uintptr_t value = 0;
    unsigned shift = 0;
    uint8_t byte;
    do {
        byte = *p++;
        value |= uintptr_t(byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    return value;
}

intptr_t read_sleb(const uint8_t *&p) {
    uintptr_t value = 0;
    unsigned shift = 0;
    uint8_t byte;
    do {
        byte = *p++;
        value |= uintptr_t(byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    if ((byte & 0x40) && shift < 8 * sizeof(value))
        value |= ~uintptr_t(0) << shift;
    return intptr_t(value);
}

// DWARF pointer encodings (low four bits: the format).
constexpr uint8_t kOmit = 0xff;
constexpr uint8_t kUleb128 = 0x01;
constexpr uint8_t kUdata2 = 0x02;
constexpr uint8_t kUdata8 = 0x04;
constexpr uint8_t kSleb128 = 0x09;
constexpr uint8_t kSdata2 = 0x0a;
constexpr uint8_t kSdata8 = 0x0c;

/// Skips one encoded value (the LPStart field, which Wasm does not use).
void skip_encoded(const uint8_t *&p, uint8_t encoding) {
    switch (encoding & 0x0f) {
    case kUleb128:
        read_uleb(p);
        break;
    case kSleb128:
        read_sleb(p);
        break;
    case kUdata2:
    case kSdata2:
        p += 2;
        break;
    case kUdata8:
    case kSdata8:
        p += 8;
        break;
    default:
        p += 4;
        break;
    }
}

/// The type of catch clause `filter` (1-based), counted back from the end
/// of the type table. Entries are 4-byte addresses on wasm32.
const std::type_info *catch_type(const uint8_t *type_table_end, uintptr_t filter) {
    uint32_t address;
    memcpy(&address, type_table_end - filter * sizeof address, sizeof address);
    return reinterpret_cast<const std::type_info *>(uintptr_t(address));
}

/// Finds, in the function's LSDA, the first catch clause of landing pad
/// `index` that catches `e`: its filter, or 0. The call-site table of a Wasm
/// LSDA has one entry per landing pad, in index order: the pad (unused) and
/// its first action, 1-based into the action table (0: only cleanups).
uintptr_t select_handler(Exception *e, const uint8_t *lsda, uintptr_t index) {
    if (!lsda)
        return 0;
    const uint8_t *p = lsda;
    uint8_t lpstart_encoding = *p++;
    if (lpstart_encoding != kOmit)
        skip_encoded(p, lpstart_encoding);
    uint8_t type_encoding = *p++;
    const uint8_t *type_table_end = nullptr;
    if (type_encoding != kOmit) {
        uintptr_t offset = read_uleb(p);
        type_table_end = p + offset;
    }
    p++; // the call-site encoding: uleb128 for Wasm
    uintptr_t call_sites_size = read_uleb(p);
    const uint8_t *actions = p + call_sites_size;
    uintptr_t action = 0;
    for (uintptr_t i = 0;; i++) {
        if (p >= actions)
            return 0;
        read_uleb(p);
        action = read_uleb(p);
        if (i == index)
            break;
    }
    if (action == 0)
        return 0;
    const uint8_t *record = actions + action - 1;
    for (;;) {
        intptr_t filter = read_sleb(record);
        const uint8_t *next_at = record;
        intptr_t next = read_sleb(record);
        // 0 is a cleanup; negative filters are dynamic exception
        // specifications, which clang does not emit for Wasm.
        if (filter > 0 && type_table_end) {
            void *adjusted;
            if (matches(catch_type(type_table_end, uintptr_t(filter)), e, adjusted)) {
                e->adjusted = adjusted;
                return uintptr_t(filter);
            }
        }
        if (next == 0)
            return 0;
        record = next_at + next;
    }
}

/// Drops one owner of a primary exception; the last destroys the object.
void release_primary(Exception *p) {
    if (--p->refcount == 0) {
        if (p->destructor)
            p->destructor(object_of(p));
        free(p);
    }
}

/// Ends the life of a thrown header whose last handler is done.
void release(Exception *e) {
    Exception *p = e->primary;
    if (p != e)
        free(e);
    release_primary(p);
}

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
    int status = -1;
    char *demangled = __cxxabiv1::__cxa_demangle(name, nullptr, nullptr, &status);
    fprintf(stderr, "terminate called after throwing an instance of '%s'\n", status == 0 ? demangled : name);
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

// What clang's landing pads fill in (LLVM's WasmEHPrepare names it).
struct LandingPadContext {
    uintptr_t lpad_index;
    const uint8_t *lsda;
    uintptr_t selector;
} __wasm_lpad_context;

// _Unwind_Reason_Code values of the Itanium ABI.
constexpr int kHandlerFound = 6;
constexpr int kContinueUnwind = 8;

int _Unwind_CallPersonality(void *thrown) {
    auto e = static_cast<Exception *>(thrown);
    uintptr_t filter = select_handler(e, __wasm_lpad_context.lsda, __wasm_lpad_context.lpad_index);
    __wasm_lpad_context.selector = filter;
    return filter ? kHandlerFound : kContinueUnwind;
}

// The personality clang names for Wasm; the landing pads go through
// _Unwind_CallPersonality, so this only answers for a caller that uses the
// Itanium signature with the same context.
int __gxx_wasm_personality_v0(int, int, uint64_t, void *thrown, void *) { return _Unwind_CallPersonality(thrown); }

void *__cxa_allocate_exception(size_t size) noexcept {
    size_t total = (kHeader + size + 15) & ~size_t(15);
    void *block = aligned_alloc(16, total);
    if (!block)
        std::terminate();
    memset(block, 0, kHeader);
    return static_cast<char *>(block) + kHeader;
}

void __cxa_free_exception(void *object) noexcept { free(header_of(object)); }

// libc++'s make_exception_ptr calls it, and declares its result opaque.
__cxxabiv1::__cxa_exception *__cxa_init_primary_exception(void *object, std::type_info *type,
                                                          Destructor destructor) noexcept {
    Exception *e = header_of(object);
    e->primary = e;
    e->type = type;
    e->destructor = destructor;
    e->refcount = 0;
    e->handlers = 0;
    e->adjusted = object;
    return reinterpret_cast<__cxxabiv1::__cxa_exception *>(e);
}

[[noreturn]] void __cxa_throw(void *object, std::type_info *type, Destructor destructor) {
    auto e = reinterpret_cast<Exception *>(__cxa_init_primary_exception(object, type, destructor));
    e->refcount = 1;
    uncaught++;
    throw_header(e);
}

void *__cxa_get_exception_ptr(void *thrown) noexcept { return static_cast<Exception *>(thrown)->adjusted; }

void *__cxa_begin_catch(void *thrown) noexcept {
    auto e = static_cast<Exception *>(thrown);
    // A rethrown exception caught again counts its handlers on from there.
    e->handlers = e->handlers < 0 ? -e->handlers + 1 : e->handlers + 1;
    if (e != caught) {
        e->next_caught = caught;
        caught = e;
    }
    if (uncaught)
        uncaught--;
    if (in_flight == e)
        in_flight = nullptr;
    return e->adjusted;
}

void __cxa_end_catch() {
    Exception *e = caught;
    if (!e)
        return;
    if (e->handlers < 0) {
        // Left by a rethrow: a handler further out takes it over.
        if (++e->handlers == 0)
            caught = e->next_caught;
    } else if (--e->handlers == 0) {
        caught = e->next_caught;
        release(e);
    }
}

[[noreturn]] void __cxa_rethrow() {
    Exception *e = caught;
    if (!e)
        std::terminate();
    e->handlers = -e->handlers;
    uncaught++;
    throw_header(e);
}

std::type_info *__cxa_current_exception_type() noexcept { return caught ? caught->primary->type : nullptr; }

unsigned __cxa_uncaught_exceptions() noexcept { return uncaught; }

bool __cxa_uncaught_exception() noexcept { return uncaught != 0; }

// std::exception_ptr (libc++'s exception.cpp) holds primary objects.

void __cxa_increment_exception_refcount(void *object) noexcept {
    if (object)
        header_of(object)->refcount++;
}

void __cxa_decrement_exception_refcount(void *object) noexcept {
    if (object)
        release_primary(header_of(object));
}

void *__cxa_current_primary_exception() noexcept {
    if (!caught)
        return nullptr;
    Exception *p = caught->primary;
    p->refcount++;
    return object_of(p);
}

void __cxa_rethrow_primary_exception(void *object) {
    if (!object)
        return;
    Exception *p = header_of(object);
    auto d = static_cast<Exception *>(aligned_alloc(16, kHeader));
    if (!d)
        std::terminate();
    memset(d, 0, kHeader);
    d->primary = p;
    d->adjusted = object;
    p->refcount++;
    uncaught++;
    throw_header(d);
}

// Called by the JS glue when a C++ exception leaves the program's code
// (nothing caught it): std::terminate names it, as natively.
__attribute__((used)) void __wasmcc_uncaught_exception() { std::terminate(); }

} // extern "C"
