/* Main loops (emscripten/main_loop.h). The JS runtime schedules the frames;
 * it calls back into the program through the exported trampolines below,
 * because a function pointer can only be called with its own signature. */

#include <emscripten/main_loop.h>
#include <stdlib.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_set_main_loop")
void __wasmcc_set_main_loop(void *func, void *arg, int with_arg, int fps, int simulate_infinite_loop);
JS("__wasmcc_request_animation_frame_loop")
void __wasmcc_request_animation_frame_loop(void *cb, void *user_data);

__attribute__((export_name("__wasmcc_call_v")))
void __wasmcc_call_v(em_callback_func func) {
    func();
}

__attribute__((export_name("__wasmcc_call_vp")))
void __wasmcc_call_vp(em_arg_callback_func func, void *arg) {
    func(arg);
}

__attribute__((export_name("__wasmcc_call_frame")))
int __wasmcc_call_frame(bool (*cb)(double, void *), double time, void *user_data) {
    return cb(time, user_data);
}

void emscripten_set_main_loop(em_callback_func func, int fps, bool simulate_infinite_loop) {
    __wasmcc_set_main_loop((void *)func, 0, 0, fps, simulate_infinite_loop);
}

void emscripten_set_main_loop_arg(em_arg_callback_func func, void *arg, int fps,
                                  bool simulate_infinite_loop) {
    __wasmcc_set_main_loop((void *)func, arg, 1, fps, simulate_infinite_loop);
}

void emscripten_request_animation_frame_loop(bool (*cb)(double, void *), void *user_data) {
    __wasmcc_request_animation_frame_loop((void *)cb, user_data);
}

/* exit() rather than a JS-side end, so atexit handlers run and stdio is flushed. */
void emscripten_force_exit(int status) {
    exit(status);
}
