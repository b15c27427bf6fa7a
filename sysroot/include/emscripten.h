/* Emscripten's header name; the declarations live in <emscripten/emscripten.h>. */
#include <emscripten/emscripten.h>
