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

#include <setjmp.h>
#include <stdint.h>

/* The layout of jmp_buf in <setjmp.h>. */
struct jump_buffer {
    void *invocation;
    uint32_t label;
    /* What the thrown exception points to. */
    void *env;
    int value;
};

_Static_assert(sizeof(struct jump_buffer) <= sizeof(jmp_buf), "jmp_buf is too small");

void __wasm_setjmp(void *env, uint32_t label, void *invocation) {
    struct jump_buffer *jb = env;
    jb->invocation = invocation;
    jb->label = label;
}

uint32_t __wasm_setjmp_test(void *env, void *invocation) {
    struct jump_buffer *jb = env;
    return jb->invocation == invocation ? jb->label : 0;
}

void __wasm_longjmp(void *env, int value) {
    struct jump_buffer *jb = env;
    jb->env = env;
    /* longjmp(env, 0) makes setjmp return 1, as C requires. */
    jb->value = value ? value : 1;
    __builtin_wasm_throw(1, &jb->env);
}
