/* Looking up GL and EGL functions by name: eglGetProcAddress, and the
 * names Emscripten gives the same lookup (emscripten_GetProcAddress, which
 * ports declare themselves, and html5_webgl.h's
 * emscripten_webgl*_get_proc_address). Loaders such as glad fetch every
 * entry point this way.
 *
 * A looked-up function is the one a direct call reaches, so it works on
 * the current context as a direct call does. The tables take the address of
 * every entry point, which links all of them, with their JS, into a program
 * that calls a lookup: the price Emscripten's lookup has too. A program that
 * never looks a name up links none of it. */
#include <EGL/egl.h>
#include <emscripten/html5_webgl.h>
#include <string.h>

#include "procaddress.h"

wasmcc_proc_fn __wasmcc_find_proc(const struct wasmcc_proc *procs, unsigned long count, const char *name) {
    unsigned long lo = 0, hi = count;
    while (lo < hi) {
        unsigned long mid = lo + (hi - lo) / 2;
        int order = strcmp(name, procs[mid].name);
        if (order == 0) return procs[mid].fn;
        if (order < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

/* EGL 1.5 and the EGL implementations ports are written against answer for
 * core functions too, not only for extensions as EGL 1.4 requires. */
__eglMustCastToProperFunctionPointerType eglGetProcAddress(const char *procname) {
    return procname ? (__eglMustCastToProperFunctionPointerType)__wasmcc_gl_proc(procname) : NULL;
}

void *emscripten_GetProcAddress(const char *name) {
    return name ? (void *)__wasmcc_gl_proc(name) : NULL;
}

void *emscripten_webgl_get_proc_address(const char *name) {
    return emscripten_GetProcAddress(name);
}

void *emscripten_webgl1_get_proc_address(const char *name) {
    return name ? (void *)__wasmcc_gl2_proc(name) : NULL;
}

void *emscripten_webgl2_get_proc_address(const char *name) {
    return emscripten_GetProcAddress(name);
}
