// What clang calls for a failed dynamic_cast to a reference, typeid of a null
// pointer and a new[] of a bad length: the standard exceptions, thrown
// (Debian's libc++abi, built without exceptions, aborts instead). A separate
// object from cxa_exception.cpp, so that only programs that use these link it.

#include <new>
#include <typeinfo>

extern "C" {

[[noreturn]] void __cxa_bad_cast() { throw std::bad_cast(); }

[[noreturn]] void __cxa_bad_typeid() { throw std::bad_typeid(); }

[[noreturn]] void __cxa_throw_bad_array_new_length() { throw std::bad_array_new_length(); }

} // extern "C"
