/*
 * sigset_t. wasi-libc's is a one-byte placeholder ("keep this in sync with
 * musl"), too small for the signal numbers its own <signal.h> defines
 * (SIGUSR1 is 10). This is musl's and glibc's: 1024 bits, signal n in bit
 * n-1. No function in wasi-libc reads a sigset_t, so nothing there depends
 * on the placeholder's size. The include guard is wasi-libc's, so its file
 * is never read after this one.
 */
#ifndef __wasilibc___typedef_sigset_t_h
#define __wasilibc___typedef_sigset_t_h

typedef struct __sigset_t {
    unsigned long __bits[128 / sizeof(long)];
} sigset_t;

#endif
