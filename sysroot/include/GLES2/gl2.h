/*
 * GLES2/gl2.h -- the OpenGL ES 2.0 API for programs built with wasmcc.
 *
 * Types, enumerant values and entry points follow the OpenGL ES 2.0
 * specification.  In a wasmcc build every gl* function is an import from the
 * "env" module, implemented by the JavaScript runtime on a WebGL 1 (or
 * WebGL 2) context.  The declarations live in <GLES2/gles2_api.h>, which
 * <GLES3/gl3.h> includes too, so either header may be included first.
 */
#ifndef __gles2_gl2_h_
#define __gles2_gl2_h_ 1

#include <GLES2/gl2platform.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef GL_APIENTRYP
#define GL_APIENTRYP GL_APIENTRY *
#endif

/* Define GL_GLES_PROTOTYPES to 0 to get only the PFN...PROC types. */
#ifndef GL_GLES_PROTOTYPES
#define GL_GLES_PROTOTYPES 1
#endif

#include <GLES2/gles2_api.h>

#ifdef __cplusplus
}
#endif

#endif /* __gles2_gl2_h_ */
