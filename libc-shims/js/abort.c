/* abort() that says so. wasi-libc's abort() is a bare trap; ours asks the JS
 * runtime to print "Aborted()" and end with status 134, what a shell shows
 * for a native program killed by SIGABRT. */

__attribute__((import_module("env"), import_name("__wasmcc_abort"), noreturn))
void __wasmcc_abort(void);

_Noreturn void abort(void) {
    __wasmcc_abort();
}
