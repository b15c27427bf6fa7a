/* The browser's DOM from C, as Emscripten's html5.h names it. */
#ifndef _EMSCRIPTEN_HTML5_H
#define _EMSCRIPTEN_HTML5_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EM_BOOL bool
#define EM_TRUE true
#define EM_FALSE false

typedef int EMSCRIPTEN_RESULT;

#define EMSCRIPTEN_RESULT_SUCCESS 0
#define EMSCRIPTEN_RESULT_DEFERRED 1
#define EMSCRIPTEN_RESULT_NOT_SUPPORTED -1
#define EMSCRIPTEN_RESULT_FAILED_NOT_DEFERRED -2
#define EMSCRIPTEN_RESULT_INVALID_TARGET -3
#define EMSCRIPTEN_RESULT_UNKNOWN_TARGET -4
#define EMSCRIPTEN_RESULT_INVALID_PARAM -5
#define EMSCRIPTEN_RESULT_FAILED -6
#define EMSCRIPTEN_RESULT_NO_DATA -7
#define EMSCRIPTEN_RESULT_TIMED_OUT -8

#define EMSCRIPTEN_EVENT_TARGET_INVALID 0
#define EMSCRIPTEN_EVENT_TARGET_DOCUMENT ((const char *)1)
#define EMSCRIPTEN_EVENT_TARGET_WINDOW ((const char *)2)
#define EMSCRIPTEN_EVENT_TARGET_SCREEN ((const char *)3)

EMSCRIPTEN_RESULT emscripten_set_canvas_element_size(const char *target, int width, int height);
EMSCRIPTEN_RESULT emscripten_get_canvas_element_size(const char *target, int *width, int *height);
EMSCRIPTEN_RESULT emscripten_get_element_css_size(const char *target, double *width, double *height);

#ifdef __cplusplus
}
#endif

#include <emscripten/html5_webgl.h>

#endif
