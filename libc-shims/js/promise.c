/* emscripten/promise.h: the promises live in the runtime
 * (js-templates/lib/promise.js), which calls C callbacks through
 * __wasmcc_promise_call. Each function here is a thin wrapper, so that a
 * program using any of them links this file and with it the trampoline. */

#include <emscripten/promise.h>
#include <stdint.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_promise_create") em_promise_t __wasmcc_promise_create(void);
JS("__wasmcc_promise_destroy") void __wasmcc_promise_destroy(em_promise_t promise);
JS("__wasmcc_promise_resolve")
void __wasmcc_promise_resolve(em_promise_t promise, int result, void *value);
JS("__wasmcc_promise_then")
em_promise_t __wasmcc_promise_then(em_promise_t promise, em_promise_callback_t on_fulfilled,
                                   em_promise_callback_t on_rejected, void *data);
JS("__wasmcc_promise_combine")
em_promise_t __wasmcc_promise_combine(int how, em_promise_t *promises, void *out, size_t n);
JS("__wasmcc_promise_await") void __wasmcc_promise_await(em_promise_t promise, em_settled_result_t *out);

/* How __wasmcc_promise_combine combines. */
enum { ALL, ALL_SETTLED, ANY, RACE };

/* Calls a C callback for the runtime: the result code in the high half,
 * what the callback wrote to *result in the low half. */
__attribute__((export_name("__wasmcc_promise_call")))
uint64_t __wasmcc_promise_call(em_promise_callback_t callback, void *data, void *value) {
    void *result = NULL;
    em_promise_result_t code = callback(&result, data, value);
    return (uint64_t)(uint32_t)code << 32 | (uint32_t)(uintptr_t)result;
}

em_promise_t emscripten_promise_create(void) {
    return __wasmcc_promise_create();
}

void emscripten_promise_destroy(em_promise_t promise) {
    __wasmcc_promise_destroy(promise);
}

void emscripten_promise_resolve(em_promise_t promise, em_promise_result_t result, void *value) {
    __wasmcc_promise_resolve(promise, (int)result, value);
}

em_promise_t emscripten_promise_then(em_promise_t promise, em_promise_callback_t on_fulfilled,
                                     em_promise_callback_t on_rejected, void *data) {
    return __wasmcc_promise_then(promise, on_fulfilled, on_rejected, data);
}

em_promise_t emscripten_promise_all(em_promise_t *promises, void **results, size_t n) {
    return __wasmcc_promise_combine(ALL, promises, results, n);
}

em_promise_t emscripten_promise_all_settled(em_promise_t *promises, em_settled_result_t *results,
                                            size_t n) {
    return __wasmcc_promise_combine(ALL_SETTLED, promises, results, n);
}

em_promise_t emscripten_promise_any(em_promise_t *promises, void **errors, size_t n) {
    return __wasmcc_promise_combine(ANY, promises, errors, n);
}

em_promise_t emscripten_promise_race(em_promise_t *promises, size_t n) {
    return __wasmcc_promise_combine(RACE, promises, NULL, n);
}

em_settled_result_t emscripten_promise_await(em_promise_t promise) {
    em_settled_result_t out = {EM_PROMISE_REJECT, NULL};
    __wasmcc_promise_await(promise, &out);
    return out;
}
