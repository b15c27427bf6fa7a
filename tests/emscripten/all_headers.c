/* Every header of Emscripten's interface that wasmcc ships compiles, alone
 * and together, in C and (as all_headers.cpp) in C++, and the macros of
 * older code compile: EM_JS without a trailing ';', EM_JS_DEPS. */
#include <emscripten.h>
#include <emscripten/console.h>
#include <emscripten/dom_pk_codes.h>
#include <emscripten/em_asm.h>
#include <emscripten/em_js.h>
#include <emscripten/em_macros.h>
#include <emscripten/em_math.h>
#include <emscripten/em_types.h>
#include <emscripten/emmalloc.h>
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>
#include <emscripten/promise.h>
#include <emscripten/key_codes.h>
#include <emscripten/stack.h>
#include <emscripten/threading.h>
#include <emscripten/trace.h>
#include <emscripten/wget.h>
#include <EGL/egl.h>
#include <stdio.h>

EM_JS_DEPS(headers_test, "$dynCall,$UTF8ToString")

EM_JS(int, twice, (int x), { return x * 2; })

EM_JS(int, thrice, (int x), { return x * 3; });

int main(void) {
    EGLAttrib attrib = EGL_NONE;
    EGLImage image = EGL_NO_IMAGE;
    EGLSync sync = EGL_NO_SYNC;
    emscripten_align1_int unaligned = 7;
    emscripten_trace_mark(this_name_is_not_evaluated);
    printf("%d %d %d %d %d\n", twice(21), thrice(3), (int)attrib == EGL_NONE, image == 0 && sync == 0,
           (int)unaligned);
    return 0;
}
