/*
 * GLES3/gl3platform.h -- platform hooks for <GLES3/gl3.h> in the wasmcc
 * sysroot (WebAssembly, drawing through WebGL).
 *
 * GL_APICALL and GL_APIENTRY decorate every GL entry point.  On WebAssembly
 * they are empty: the functions are ordinary C functions imported from the
 * "env" module.
 */
#ifndef __gl3platform_h_
#define __gl3platform_h_ 1

#include <KHR/khrplatform.h>

#ifndef GL_APICALL
#define GL_APICALL KHRONOS_APICALL
#endif

#ifndef GL_APIENTRY
#define GL_APIENTRY KHRONOS_APIENTRY
#endif

#endif /* __gl3platform_h_ */
