/* setjmp/longjmp through Wasm exception handling.
 *
 * With -mllvm -wasm-enable-sjlj, clang rewrites each function that calls
 * setjmp: setjmp becomes a call to __wasm_setjmp, which records which call of
 * that function the buffer belongs to and a label for the return point;
 * longjmp becomes __wasm_longjmp, which throws the C longjmp tag with a pointer
 * to {env, value}. The function's handler catches it and asks
 * __wasm_setjmp_test whether the buffer is one of its own; if so it resumes
 * at the label, else it throws on. Nothing here runs on the path that does
 * not jump, which is why this scheme is cheap.
 *
 * This file itself must be compiled with -mllvm -wasm-enable-sjlj. */

#include "jump_buffer.h"

void __wasm_longjmp(void *env, int value) {
    struct jump_buffer *jb = env;
    jb->env = env;
    /* longjmp(env, 0) makes setjmp return 1, as C requires. */
    jb->value = value ? value : 1;
    __builtin_wasm_throw(1, &jb->env);
}
