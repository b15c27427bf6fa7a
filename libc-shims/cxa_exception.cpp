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

#include "cxa_exception.h"

#include <cstdlib>
#include <cstring>
#include <exception>

namespace wasmcc_eh {

Exception *caught;
unsigned uncaught;
Exception *in_flight;

void throw_header(Exception *e) {
    in_flight = e;
    __builtin_wasm_throw(0, e);
}

bool matches(const std::type_info *type, Exception *e, void *&adjusted) {
    adjusted = object_of(e);
    if (!type)
        return true;
    auto handler = static_cast<const Shim *>(type);
    auto thrown = static_cast<const Shim *>(e->primary->type);
    return handler->can_catch(thrown, adjusted);
}

} // namespace wasmcc_eh

using namespace wasmcc_eh;

namespace {

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

} // extern "C"
