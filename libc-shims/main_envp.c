/* main(argc, argv, envp), the three-argument form Unix programs use. clang
 * renames a two-argument main to __main_argc_argv, but leaves a main with
 * envp as `main`, and wasi-libc's fallback then calls it with two arguments:
 * a signature mismatch that traps at start. This definition comes before
 * libc.a's in the link and passes environ as the third argument. It is
 * linked only when the program's main is not renamed, that is has three
 * arguments (or was compiled by a compiler that does not rename it). */

extern char **environ;

int __wasmcc_main3(int argc, char **argv, char **envp) __asm__("main");

int __main_argc_argv(int argc, char **argv) { return __wasmcc_main3(argc, argv, environ); }
