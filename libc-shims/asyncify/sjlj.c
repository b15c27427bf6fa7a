/* setjmp/longjmp for -sASYNCIFY, where binaryen's Asyncify pass cannot work
 * on Wasm exception handling. Code is compiled with clang's JS-based scheme
 * (-mllvm -enable-emscripten-sjlj) instead:
 *
 * - setjmp becomes __wasm_setjmp(env, label, invocation), as in the Wasm EH
 *   scheme: the buffer records which call of the function it belongs to and
 *   the label of the return point.
 * - Every call that may longjmp, in a function that calls setjmp, goes
 *   through a JS import invoke_SIG(index, args...), which calls the function
 *   at `index` in the table and catches a longjmp thrown as a JS exception.
 * - longjmp becomes emscripten_longjmp(env, value): it records the buffer
 *   and the value in __THREW__ and __threwValue, then throws. After each
 *   invoke the function reads __THREW__: if it is set, __wasm_setjmp_test
 *   says whether the buffer is one of its own; if so it resumes at the label
 *   with the value from getTempRet0, else it calls emscripten_longjmp again
 *   to pass the jump on to its caller.
 *
 * This file has no setjmp of its own, so it needs neither scheme's flag. */

#include <stdint.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

#include "../jump_buffer.h"

/* Read and cleared by the code clang generates after each invoke. */
uintptr_t __THREW__;
int __threwValue;

static int temp_ret0;

void setTempRet0(int value) {
    temp_ret0 = value;
}

int getTempRet0(void) {
    return temp_ret0;
}

/* Throws the JS exception that the innermost invoke_* catches. */
JS("__wasmcc_throw_longjmp") _Noreturn void __wasmcc_throw_longjmp(void);

_Noreturn void emscripten_longjmp(void *env, int value) {
    __THREW__ = (uintptr_t)env;
    /* longjmp(env, 0) makes setjmp return 1, as C requires. */
    __threwValue = value ? value : 1;
    __wasmcc_throw_longjmp();
}
