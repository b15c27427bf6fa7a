/* WebGL contexts (emscripten/html5_webgl.h). The attributes cross to JS as
 * arguments, so the struct's layout is known to the compiler alone. */

#include <emscripten/html5.h>
#include <string.h>

__attribute__((import_module("env"), import_name("__wasmcc_webgl_create_context")))
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE __wasmcc_webgl_create_context(
    const char *target, int alpha, int depth, int stencil, int antialias, int premultipliedAlpha,
    int preserveDrawingBuffer, int powerPreference, int failIfMajorPerformanceCaveat,
    int majorVersion, int minorVersion, int enableExtensionsByDefault);

void emscripten_webgl_init_context_attributes(EmscriptenWebGLContextAttributes *a) {
    memset(a, 0, sizeof *a);
    a->alpha = true;
    a->depth = true;
    a->antialias = true;
    a->premultipliedAlpha = true;
    a->majorVersion = 1;
    a->enableExtensionsByDefault = true;
}

EMSCRIPTEN_WEBGL_CONTEXT_HANDLE emscripten_webgl_create_context(
    const char *target, const EmscriptenWebGLContextAttributes *a) {
    EmscriptenWebGLContextAttributes defaults;
    if (!a) {
        emscripten_webgl_init_context_attributes(&defaults);
        a = &defaults;
    }
    return __wasmcc_webgl_create_context(
        target, a->alpha, a->depth, a->stencil, a->antialias, a->premultipliedAlpha,
        a->preserveDrawingBuffer, a->powerPreference, a->failIfMajorPerformanceCaveat,
        a->majorVersion, a->minorVersion, a->enableExtensionsByDefault);
}
