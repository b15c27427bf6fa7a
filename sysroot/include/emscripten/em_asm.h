/* EM_ASM: JS code inline in C, with the arguments as $0, $1, ... */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

/* One import runs every EM_ASM block: the code's text (which identifies it),
 * a signature with one letter per argument (i: 32-bit, j: 64-bit, d: double),
 * and the arguments, which wasm passes as a buffer because the call is variadic. */
__attribute__((import_module("env"), import_name("__wasmcc_asm_int")))
int __wasmcc_asm_int(const char *code, const char *sig, ...);
__attribute__((import_module("env"), import_name("__wasmcc_asm_double")))
double __wasmcc_asm_double(const char *code, const char *sig, ...);

#ifdef __cplusplus
}
template <typename T> struct __wasmcc_sig { static constexpr char value = 'i'; };
template <> struct __wasmcc_sig<double> { static constexpr char value = 'd'; };
template <> struct __wasmcc_sig<float> { static constexpr char value = 'd'; };
template <> struct __wasmcc_sig<long long> { static constexpr char value = 'j'; };
template <> struct __wasmcc_sig<unsigned long long> { static constexpr char value = 'j'; };
template <char... C> struct __wasmcc_sig_array {
    static constexpr char value[sizeof...(C)] = {C...};
};
#define __WASMCC_SIGCHAR(x) __wasmcc_sig<__remove_cvref(decltype(x))>::value,
#define __WASMCC_SIGSTR(...) (__wasmcc_sig_array<__WASMCC_SIGS(__VA_ARGS__) 0>::value)
#else
#define __WASMCC_SIGCHAR(x)                                                    \
    _Generic((x), double: 'd', float: 'd', long long: 'j',                     \
             unsigned long long: 'j', default: 'i'),
#define __WASMCC_SIGSTR(...) ((const char[]){__WASMCC_SIGS(__VA_ARGS__) 0})
#endif

/* Applies __WASMCC_SIGCHAR to each of up to 16 arguments. */
#define __WASMCC_NARGS(...) __WASMCC_NARGS_(0 __VA_OPT__(, ) __VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define __WASMCC_NARGS_(_0, _1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, n, ...) n
#define __WASMCC_CAT(a, b) __WASMCC_CAT_(a, b)
#define __WASMCC_CAT_(a, b) a##b
#define __WASMCC_SIGS(...) __WASMCC_CAT(__WASMCC_S, __WASMCC_NARGS(__VA_ARGS__))(__VA_ARGS__)
#define __WASMCC_S0(...)
#define __WASMCC_S1(a) __WASMCC_SIGCHAR(a)
#define __WASMCC_S2(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S1(__VA_ARGS__)
#define __WASMCC_S3(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S2(__VA_ARGS__)
#define __WASMCC_S4(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S3(__VA_ARGS__)
#define __WASMCC_S5(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S4(__VA_ARGS__)
#define __WASMCC_S6(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S5(__VA_ARGS__)
#define __WASMCC_S7(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S6(__VA_ARGS__)
#define __WASMCC_S8(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S7(__VA_ARGS__)
#define __WASMCC_S9(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S8(__VA_ARGS__)
#define __WASMCC_S10(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S9(__VA_ARGS__)
#define __WASMCC_S11(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S10(__VA_ARGS__)
#define __WASMCC_S12(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S11(__VA_ARGS__)
#define __WASMCC_S13(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S12(__VA_ARGS__)
#define __WASMCC_S14(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S13(__VA_ARGS__)
#define __WASMCC_S15(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S14(__VA_ARGS__)
#define __WASMCC_S16(a, ...) __WASMCC_SIGCHAR(a) __WASMCC_S15(__VA_ARGS__)

/* EM_ASM's code lives in the data as a string after a marker. The driver
 * finds the marked strings in the linked module and writes one JS function
 * for each; at run time the JS side knows the code by its text. Only the
 * blocks that survive the link reach the JS. */
#define __WASMCC_ASM_CALL(fn, code, ...)                                       \
    ({                                                                         \
        static const char __wasmcc_code[] = "\1wasmcc_asm\1" #code;            \
        fn(__wasmcc_code + 12, __WASMCC_SIGSTR(__VA_ARGS__) __VA_OPT__(, ) __VA_ARGS__); \
    })

#define EM_ASM(code, ...) ((void)__WASMCC_ASM_CALL(__wasmcc_asm_int, code, __VA_ARGS__))
#define EM_ASM_INT(code, ...) __WASMCC_ASM_CALL(__wasmcc_asm_int, code, __VA_ARGS__)
#define EM_ASM_PTR(code, ...) ((void *)__WASMCC_ASM_CALL(__wasmcc_asm_int, code, __VA_ARGS__))
#define EM_ASM_DOUBLE(code, ...) __WASMCC_ASM_CALL(__wasmcc_asm_double, code, __VA_ARGS__)
#define MAIN_THREAD_EM_ASM EM_ASM
#define MAIN_THREAD_EM_ASM_INT EM_ASM_INT
#define MAIN_THREAD_EM_ASM_PTR EM_ASM_PTR
#define MAIN_THREAD_EM_ASM_DOUBLE EM_ASM_DOUBLE
#define MAIN_THREAD_ASYNC_EM_ASM EM_ASM

/* The older spellings, kept by Emscripten for old code: EM_ASM_ and
 * EM_ASM_ARGS return an int like EM_ASM_INT; the _V forms take no arguments. */
#define EM_ASM_(code, ...) EM_ASM_INT(code, __VA_ARGS__)
#define EM_ASM_ARGS(code, ...) EM_ASM_INT(code, __VA_ARGS__)
#define EM_ASM_INT_V(code) EM_ASM_INT(code)
#define EM_ASM_DOUBLE_V(code) EM_ASM_DOUBLE(code)
