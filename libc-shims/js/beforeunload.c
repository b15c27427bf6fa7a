/* html5.h's beforeunload callback, called through the exported trampoline. */

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdlib.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_beforeunload")
EMSCRIPTEN_RESULT __wasmcc_beforeunload(void *user_data, void *callback);

__attribute__((export_name("__wasmcc_call_beforeunload")))
const char *__wasmcc_call_beforeunload(em_beforeunload_callback cb, void *user_data) {
    return cb(EMSCRIPTEN_EVENT_BEFOREUNLOAD, 0, user_data);
}

EMSCRIPTEN_RESULT emscripten_set_beforeunload_callback(void *user_data, em_beforeunload_callback callback) {
    return __wasmcc_beforeunload(user_data, (void *)callback);
}
