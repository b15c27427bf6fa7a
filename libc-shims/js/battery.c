/* html5.h's battery callbacks. The runtime fills the one event buffer
 * before each call, and calls back through the exported trampoline, since a
 * function pointer can only be called with its own signature. */

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdlib.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_battery_listen")
EMSCRIPTEN_RESULT __wasmcc_battery_listen(int event_type, void *user_data, void *callback, void *buffer);

static EmscriptenBatteryEvent battery_event;

__attribute__((export_name("__wasmcc_call_battery")))
int __wasmcc_call_battery(em_battery_callback_func cb, int event_type, void *user_data) {
    return cb(event_type, &battery_event, user_data);
}

EMSCRIPTEN_RESULT emscripten_set_batterychargingchange_callback(void *user_data,
                                                                em_battery_callback_func callback) {
    return __wasmcc_battery_listen(EMSCRIPTEN_EVENT_BATTERYCHARGINGCHANGE, user_data,
                                   (void *)callback, &battery_event);
}

EMSCRIPTEN_RESULT emscripten_set_batterylevelchange_callback(void *user_data,
                                                             em_battery_callback_func callback) {
    return __wasmcc_battery_listen(EMSCRIPTEN_EVENT_BATTERYLEVELCHANGE, user_data, (void *)callback,
                                   &battery_event);
}
