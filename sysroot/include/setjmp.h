/* setjmp.h for wasmcc. wasi-libc has none; the functions are implemented with
 * Wasm exception handling (see libc-shims/setjmp.c), which clang enables for
 * every C and C++ file wasmcc compiles. */
#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

/* Room for the call it belongs to, the resume label and the longjmp value,
 * with space to spare so that code that copies or embeds it keeps working. */
typedef struct __jmp_buf_tag {
    void *__invocation;
    unsigned int __label;
    void *__env;
    int __value;
    unsigned long __reserved[4];
} jmp_buf[1];

typedef jmp_buf sigjmp_buf;

int setjmp(jmp_buf) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf, int);

#define _setjmp(env) setjmp(env)
#define _longjmp(env, val) longjmp(env, val)
#define sigsetjmp(env, savemask) setjmp(env)
#define siglongjmp(env, val) longjmp(env, val)

#ifdef __cplusplus
}
#endif

#endif
