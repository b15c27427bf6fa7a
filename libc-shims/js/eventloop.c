/* Timers of emscripten/eventloop.h and emscripten_async_call. The JS runtime
 * keeps the timers (js-templates/lib/eventloop.js) and calls back through
 * the exported trampolines below, one per callback signature, because a
 * function pointer can only be called with its own signature. */

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

/* kind: what the timer does (see eventloop.js); the callback and its data. */
JS("__wasmcc_timer")
int __wasmcc_timer(int kind, void *cb, double msecs, void *user_data);

enum {
    TIMEOUT = 0,
    TIMEOUT_LOOP = 1,
    INTERVAL = 2,
    IMMEDIATE = 3,
    IMMEDIATE_LOOP = 4,
    FRAME = 5,
};

__attribute__((export_name("__wasmcc_timer_call")))
void __wasmcc_timer_call(void (*cb)(void *), void *user_data) {
    cb(user_data);
}

__attribute__((export_name("__wasmcc_timer_call_loop")))
int __wasmcc_timer_call_loop(EM_BOOL (*cb)(double, void *), double now, void *user_data) {
    return cb(now, user_data);
}

__attribute__((export_name("__wasmcc_timer_call_immediate_loop")))
int __wasmcc_timer_call_immediate_loop(EM_BOOL (*cb)(void *), void *user_data) {
    return cb(user_data);
}

int emscripten_set_timeout(void (*cb)(void *), double msecs, void *user_data) {
    return __wasmcc_timer(TIMEOUT, (void *)cb, msecs, user_data);
}

int emscripten_set_timeout_loop(EM_BOOL (*cb)(double, void *), double interval_msecs, void *user_data) {
    return __wasmcc_timer(TIMEOUT_LOOP, (void *)cb, interval_msecs, user_data);
}

int emscripten_set_interval(void (*cb)(void *), double msecs, void *user_data) {
    return __wasmcc_timer(INTERVAL, (void *)cb, msecs, user_data);
}

int emscripten_set_immediate(void (*cb)(void *), void *user_data) {
    return __wasmcc_timer(IMMEDIATE, (void *)cb, 0, user_data);
}

void emscripten_set_immediate_loop(EM_BOOL (*cb)(void *), void *user_data) {
    __wasmcc_timer(IMMEDIATE_LOOP, (void *)cb, 0, user_data);
}

void emscripten_async_call(em_arg_callback_func func, void *arg, int millis) {
    __wasmcc_timer(millis < 0 ? FRAME : TIMEOUT, (void *)func, millis, arg);
}

/* One id space: clearing by the wrong function still clears, as the ids never collide. */
JS("__wasmcc_clear_timer") void __wasmcc_clear_timer(int id);

void emscripten_clear_timeout(int id) {
    __wasmcc_clear_timer(id);
}

void emscripten_clear_interval(int id) {
    __wasmcc_clear_timer(id);
}

void emscripten_clear_immediate(int id) {
    __wasmcc_clear_timer(id);
}
