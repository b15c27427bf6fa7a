/* The layout of jmp_buf in <setjmp.h>, and the bookkeeping of setjmp that
 * both schemes share (setjmp.c with Wasm exception handling, and
 * asyncify/sjlj.c with JS exceptions for -sASYNCIFY): a buffer records which
 * call of the function that called setjmp it belongs to, and the label of
 * the return point. Each scheme's library includes this once. */

#include <setjmp.h>
#include <stdint.h>

struct jump_buffer {
    void *invocation;
    uint32_t label;
    /* What the Wasm EH scheme's thrown exception points to. */
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
