/* WebGL contexts from C, as Emscripten's html5_webgl.h names them. */
#ifndef _EMSCRIPTEN_HTML5_WEBGL_H
#define _EMSCRIPTEN_HTML5_WEBGL_H

#include <stdbool.h>
#include <stdint.h>
#include <emscripten/html5.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef intptr_t EMSCRIPTEN_WEBGL_CONTEXT_HANDLE;

typedef int EM_WEBGL_POWER_PREFERENCE;
#define EM_WEBGL_POWER_PREFERENCE_DEFAULT 0
#define EM_WEBGL_POWER_PREFERENCE_LOW_POWER 1
#define EM_WEBGL_POWER_PREFERENCE_HIGH_PERFORMANCE 2

typedef int EMSCRIPTEN_WEBGL_CONTEXT_PROXY_MODE;
#define EMSCRIPTEN_WEBGL_CONTEXT_PROXY_DISALLOW 0
#define EMSCRIPTEN_WEBGL_CONTEXT_PROXY_FALLBACK 1
#define EMSCRIPTEN_WEBGL_CONTEXT_PROXY_ALWAYS 2

typedef struct EmscriptenWebGLContextAttributes {
  bool alpha;
  bool depth;
  bool stencil;
  bool antialias;
  bool premultipliedAlpha;
  bool preserveDrawingBuffer;
  EM_WEBGL_POWER_PREFERENCE powerPreference;
  bool failIfMajorPerformanceCaveat;
  int majorVersion;
  int minorVersion;
  bool enableExtensionsByDefault;
  bool explicitSwapControl;
  EMSCRIPTEN_WEBGL_CONTEXT_PROXY_MODE proxyContextToMainThread;
  bool renderViaOffscreenBackBuffer;
} EmscriptenWebGLContextAttributes;

void emscripten_webgl_init_context_attributes(EmscriptenWebGLContextAttributes *attributes);
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE emscripten_webgl_create_context(
    const char *target, const EmscriptenWebGLContextAttributes *attributes);
EMSCRIPTEN_RESULT emscripten_webgl_make_context_current(EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context);
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE emscripten_webgl_get_current_context(void);
EMSCRIPTEN_RESULT emscripten_webgl_get_drawing_buffer_size(EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context,
                                                           int *width, int *height);
EMSCRIPTEN_RESULT emscripten_webgl_destroy_context(EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context);
bool emscripten_webgl_enable_extension(EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context, const char *extension);

/* A GL function by name, as eglGetProcAddress finds it, or NULL: the GLES 2
 * entry points and the extensions of GLES2/gl2ext.h, and the GLES 3 ones
 * when built with -sMAX_WEBGL_VERSION=2. The webgl1 lookup leaves out GLES 3.
 * Calling a direct function is faster, and a program that looks names up
 * links every GL function. */
void *emscripten_webgl_get_proc_address(const char *name);
void *emscripten_webgl1_get_proc_address(const char *name);
void *emscripten_webgl2_get_proc_address(const char *name);

#ifdef __cplusplus
}
#endif

#endif
