/* emscripten/wget.h: the runtime fetches, copies the bytes into a malloc'ed
 * buffer and calls back through the trampolines, which free it after onload. */

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdlib.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_wget_data")
void __wasmcc_wget_data(const char *url, void *arg, void *onload, void *onerror);

__attribute__((export_name("__wasmcc_call_wget_onload")))
void __wasmcc_call_wget_onload(em_async_wget_onload_func onload, void *arg, void *data, int size) {
    onload(arg, data, size);
    free(data);
}

__attribute__((export_name("__wasmcc_call_wget_onerror")))
void __wasmcc_call_wget_onerror(void (*onerror)(void *), void *arg) {
    if (onerror)
        onerror(arg);
}

/* The runtime allocates the response's buffer with this, and the onload trampoline frees it. */
__attribute__((export_name("__wasmcc_malloc")))
void *__wasmcc_malloc(size_t size) {
    return malloc(size);
}

void emscripten_async_wget_data(const char *url, void *arg, em_async_wget_onload_func onload,
                                void (*onerror)(void *)) {
    __wasmcc_wget_data(url, arg, (void *)onload, (void *)onerror);
}
