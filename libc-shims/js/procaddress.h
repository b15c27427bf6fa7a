/* The tables of entry points by name behind eglGetProcAddress and
 * emscripten_GetProcAddress (procaddress.c). The driver generates the
 * tables when it builds the sysroot (driver/procaddress.rs): gl_procs2.c
 * holds the OpenGL ES 2.0, extension and EGL entry points, gl_procs3.c the
 * OpenGL ES 3.0 ones, which a program links only with -sMAX_WEBGL_VERSION=2. */
#ifndef WASMCC_PROCADDRESS_H
#define WASMCC_PROCADDRESS_H

typedef void (*wasmcc_proc_fn)(void);

struct wasmcc_proc {
    const char *name;
    wasmcc_proc_fn fn;
};

/* The entry named `name` in `procs`, sorted by strcmp, or NULL. */
wasmcc_proc_fn __wasmcc_find_proc(const struct wasmcc_proc *procs, unsigned long count, const char *name);

/* OpenGL ES 2.0, its extensions and EGL (gl_procs2.c). */
wasmcc_proc_fn __wasmcc_gl2_proc(const char *name);

/* Every entry point the program may use: gl_procs2.c defines it as
 * __wasmcc_gl2_proc; with -sMAX_WEBGL_VERSION=2 the link wraps it with
 * gl_procs3.c's, which adds OpenGL ES 3.0. */
wasmcc_proc_fn __wasmcc_gl_proc(const char *name);

#endif
