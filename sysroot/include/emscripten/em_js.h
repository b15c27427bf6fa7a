/* EM_JS: C functions whose body is JS.
 *
 * EM_JS carries its JS source to the driver in the custom section
 * "wasmcc_js": records of three NUL-terminated strings, "J" name, parameters
 * and body. The driver turns them into JS functions after the link and
 * removes the section. The text is stringized twice so that the assembler
 * sees it as an escaped string literal. The expansion ends with its own
 * `;`, so EM_JS(...) may be written with or without one, as with emcc. */
#pragma once

#include <emscripten/em_macros.h>

#define __WASMCC_STR(x) #x
#define __WASMCC_RECORD(text)                                                  \
    __asm__(".section .custom_section.wasmcc_js,\"\",@\n"                    \
            text "\n.text\n")

/* A C function whose body is JS: EM_JS(int, add, (int a, int b), { return a + b; }) */
#define EM_JS(ret, name, params, ...)                                          \
    __attribute__((import_module("env"), import_name(#name))) ret name params; \
    __WASMCC_RECORD(".ascii \"J\"\n.asciz " __WASMCC_STR(#name) "\n.asciz " __WASMCC_STR(#params)    \
                    "\n.asciz " __WASMCC_STR(#__VA_ARGS__));

/* Names the JS library functions an EM_JS or EM_ASM body uses, as
 * "$dynCall,$UTF8ToString". wasmcc finds them in the bodies themselves (any
 * runtime helper a body names is emitted with it), so the list only has to
 * compile; it costs nothing in the module. */
#define EM_JS_DEPS(tag, deps)                                                  \
    static const char __wasmcc_js_deps_##tag[] __attribute__((unused)) = deps;

/* EM_JS whose body may `await`: with -sASYNCIFY the C caller sleeps until the
 * body's promise settles and gets its value. The record's head is "A". */
#define EM_ASYNC_JS(ret, name, params, ...)                                    \
    __attribute__((import_module("env"), import_name(#name))) ret name params; \
    __WASMCC_RECORD(".ascii \"A\"\n.asciz " __WASMCC_STR(#name) "\n.asciz " __WASMCC_STR(#params)    \
                    "\n.asciz " __WASMCC_STR(#__VA_ARGS__));
