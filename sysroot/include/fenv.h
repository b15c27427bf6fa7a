/*
 * <fenv.h>: wasi-libc's, plus the rounding-mode macros C programs test
 * for. WebAssembly rounds to nearest only, so fesetround() of any of these
 * fails (returns nonzero) and fegetround() stays FE_TONEAREST; the macros
 * exist so that code naming them compiles, as under Emscripten. The values
 * are x86's, distinct from FE_TONEAREST (0).
 */
#ifndef WASMCC_FENV_H
#define WASMCC_FENV_H

#include_next <fenv.h>

#ifndef FE_DOWNWARD
#define FE_DOWNWARD 0x400
#endif
#ifndef FE_UPWARD
#define FE_UPWARD 0x800
#endif
#ifndef FE_TOWARDZERO
#define FE_TOWARDZERO 0xc00
#endif

#endif
