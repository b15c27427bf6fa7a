/* html5.h input and page events. The JS runtime listens to the DOM; each
 * setter passes it the event type, the callback and the one buffer that
 * events of its kind are written into, so that a hot event (mousemove)
 * makes no garbage. The runtime calls the callback through
 * __wasmcc_call_event: every html5 callback has the same wasm signature
 * (int, const void *, void *) -> bool.
 *
 * Each family has its own import, so a program gets only the JS of the
 * families it uses (wasm-ld drops the setters, and their imports, that
 * nothing calls). */

#include <emscripten/html5.h>
#include <string.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

typedef bool (*event_callback)(int, const void *, void *);

__attribute__((export_name("__wasmcc_call_event")))
int __wasmcc_call_event(event_callback cb, int event_type, const void *event, void *user_data) {
    return cb(event_type, event, user_data);
}

#define FAMILY(fn)                                                                              \
    JS("__wasmcc_html5_" #fn)                                                                   \
    EMSCRIPTEN_RESULT __wasmcc_html5_##fn(int event_type, const char *target, void *user_data, \
                                          bool use_capture, void *callback, void *buffer);

FAMILY(key)
FAMILY(mouse)
FAMILY(wheel)
FAMILY(ui)
FAMILY(focus)
FAMILY(touch)
FAMILY(gamepad)
FAMILY(pointerlock)
FAMILY(fullscreen)
FAMILY(visibility)
FAMILY(webglcontext)
FAMILY(orientation)
FAMILY(motion)

/* One buffer per kind: the runtime fills it just before each callback. */
static EmscriptenKeyboardEvent key_event;
static EmscriptenMouseEvent mouse_event;
static EmscriptenWheelEvent wheel_event;
static EmscriptenUiEvent ui_event;
static EmscriptenFocusEvent focus_event;
static EmscriptenTouchEvent touch_event;
static EmscriptenGamepadEvent gamepad_event;
static EmscriptenPointerlockChangeEvent pointerlock_event;
static EmscriptenFullscreenChangeEvent fullscreen_event;
static EmscriptenVisibilityChangeEvent visibility_event;
static EmscriptenDeviceOrientationEvent orientation_event;
static EmscriptenDeviceMotionEvent motion_event;

#define SETTER(name, family, type, callback_type, buffer)                                        \
    EMSCRIPTEN_RESULT emscripten_set_##name##_callback(const char *target, void *user_data,      \
                                                        bool use_capture, callback_type callback) { \
        return __wasmcc_html5_##family(type, target, user_data, use_capture, (void *)callback,    \
                                       buffer);                                                   \
    }

SETTER(keypress, key, EMSCRIPTEN_EVENT_KEYPRESS, em_key_callback_func, &key_event)
SETTER(keydown, key, EMSCRIPTEN_EVENT_KEYDOWN, em_key_callback_func, &key_event)
SETTER(keyup, key, EMSCRIPTEN_EVENT_KEYUP, em_key_callback_func, &key_event)

SETTER(click, mouse, EMSCRIPTEN_EVENT_CLICK, em_mouse_callback_func, &mouse_event)
SETTER(mousedown, mouse, EMSCRIPTEN_EVENT_MOUSEDOWN, em_mouse_callback_func, &mouse_event)
SETTER(mouseup, mouse, EMSCRIPTEN_EVENT_MOUSEUP, em_mouse_callback_func, &mouse_event)
SETTER(dblclick, mouse, EMSCRIPTEN_EVENT_DBLCLICK, em_mouse_callback_func, &mouse_event)
SETTER(mousemove, mouse, EMSCRIPTEN_EVENT_MOUSEMOVE, em_mouse_callback_func, &mouse_event)
SETTER(mouseenter, mouse, EMSCRIPTEN_EVENT_MOUSEENTER, em_mouse_callback_func, &mouse_event)
SETTER(mouseleave, mouse, EMSCRIPTEN_EVENT_MOUSELEAVE, em_mouse_callback_func, &mouse_event)
SETTER(mouseover, mouse, EMSCRIPTEN_EVENT_MOUSEOVER, em_mouse_callback_func, &mouse_event)
SETTER(mouseout, mouse, EMSCRIPTEN_EVENT_MOUSEOUT, em_mouse_callback_func, &mouse_event)

SETTER(wheel, wheel, EMSCRIPTEN_EVENT_WHEEL, em_wheel_callback_func, &wheel_event)

SETTER(resize, ui, EMSCRIPTEN_EVENT_RESIZE, em_ui_callback_func, &ui_event)
SETTER(scroll, ui, EMSCRIPTEN_EVENT_SCROLL, em_ui_callback_func, &ui_event)

SETTER(blur, focus, EMSCRIPTEN_EVENT_BLUR, em_focus_callback_func, &focus_event)
SETTER(focus, focus, EMSCRIPTEN_EVENT_FOCUS, em_focus_callback_func, &focus_event)
SETTER(focusin, focus, EMSCRIPTEN_EVENT_FOCUSIN, em_focus_callback_func, &focus_event)
SETTER(focusout, focus, EMSCRIPTEN_EVENT_FOCUSOUT, em_focus_callback_func, &focus_event)

SETTER(touchstart, touch, EMSCRIPTEN_EVENT_TOUCHSTART, em_touch_callback_func, &touch_event)
SETTER(touchend, touch, EMSCRIPTEN_EVENT_TOUCHEND, em_touch_callback_func, &touch_event)
SETTER(touchmove, touch, EMSCRIPTEN_EVENT_TOUCHMOVE, em_touch_callback_func, &touch_event)
SETTER(touchcancel, touch, EMSCRIPTEN_EVENT_TOUCHCANCEL, em_touch_callback_func, &touch_event)

SETTER(pointerlockchange, pointerlock, EMSCRIPTEN_EVENT_POINTERLOCKCHANGE,
       em_pointerlockchange_callback_func, &pointerlock_event)
/* The error event has no data: the callback gets NULL. */
SETTER(pointerlockerror, pointerlock, EMSCRIPTEN_EVENT_POINTERLOCKERROR,
       em_pointerlockerror_callback_func, 0)
SETTER(fullscreenchange, fullscreen, EMSCRIPTEN_EVENT_FULLSCREENCHANGE,
       em_fullscreenchange_callback_func, &fullscreen_event)
SETTER(webglcontextlost, webglcontext, EMSCRIPTEN_EVENT_WEBGLCONTEXTLOST, em_webgl_context_callback, 0)
SETTER(webglcontextrestored, webglcontext, EMSCRIPTEN_EVENT_WEBGLCONTEXTRESTORED,
       em_webgl_context_callback, 0)

EMSCRIPTEN_RESULT emscripten_set_gamepadconnected_callback(void *user_data, bool use_capture,
                                                           em_gamepad_callback_func callback) {
    return __wasmcc_html5_gamepad(EMSCRIPTEN_EVENT_GAMEPADCONNECTED, EMSCRIPTEN_EVENT_TARGET_WINDOW,
                                  user_data, use_capture, (void *)callback, &gamepad_event);
}

EMSCRIPTEN_RESULT emscripten_set_gamepaddisconnected_callback(void *user_data, bool use_capture,
                                                              em_gamepad_callback_func callback) {
    return __wasmcc_html5_gamepad(EMSCRIPTEN_EVENT_GAMEPADDISCONNECTED,
                                  EMSCRIPTEN_EVENT_TARGET_WINDOW, user_data, use_capture,
                                  (void *)callback, &gamepad_event);
}

EMSCRIPTEN_RESULT emscripten_set_visibilitychange_callback(void *user_data, bool use_capture,
                                                           em_visibilitychange_callback_func callback) {
    return __wasmcc_html5_visibility(EMSCRIPTEN_EVENT_VISIBILITYCHANGE,
                                     EMSCRIPTEN_EVENT_TARGET_DOCUMENT, user_data, use_capture,
                                     (void *)callback, &visibility_event);
}

/* Device orientation and motion are events of the window only. Their
 * status functions are in the JS runtime, which keeps the last event. */
EMSCRIPTEN_RESULT emscripten_set_deviceorientation_callback(void *user_data, bool use_capture,
                                                            em_deviceorientation_callback_func callback) {
    return __wasmcc_html5_orientation(EMSCRIPTEN_EVENT_DEVICEORIENTATION,
                                      EMSCRIPTEN_EVENT_TARGET_WINDOW, user_data, use_capture,
                                      (void *)callback, &orientation_event);
}

EMSCRIPTEN_RESULT emscripten_set_devicemotion_callback(void *user_data, bool use_capture,
                                                       em_devicemotion_callback_func callback) {
    return __wasmcc_html5_motion(EMSCRIPTEN_EVENT_DEVICEMOTION, EMSCRIPTEN_EVENT_TARGET_WINDOW,
                                 user_data, use_capture, (void *)callback, &motion_event);
}

/* Mouse callbacks all write the one mouse buffer, so it holds the last
 * mouse event; its timestamp (wall-clock ms) is never 0 once written. */
EMSCRIPTEN_RESULT emscripten_get_mouse_status(EmscriptenMouseEvent *mouse_state) {
    if (mouse_event.timestamp == 0)
        return EMSCRIPTEN_RESULT_NO_DATA;
    memcpy(mouse_state, &mouse_event, sizeof mouse_event);
    return EMSCRIPTEN_RESULT_SUCCESS;
}

/* Fullscreen with a strategy: the JS runtime styles the canvas and calls
 * canvasResizedCallback through __wasmcc_call_event. `how` is 0 for soft
 * fullscreen, 1 for the browser's fullscreen now, 2 for it deferred until
 * an input event if need be. */
JS("__wasmcc_fullscreen_strategy")
EMSCRIPTEN_RESULT __wasmcc_fullscreen_strategy(const char *target, int how, int scale, int resolution,
                                               int filtering, void *callback, void *user_data);

static EMSCRIPTEN_RESULT fullscreen_strategy(const char *target, int how, const EmscriptenFullscreenStrategy *s) {
    if (!s) return EMSCRIPTEN_RESULT_INVALID_PARAM;
    return __wasmcc_fullscreen_strategy(target, how, s->scaleMode, s->canvasResolutionScaleMode,
                                        s->filteringMode, (void *)s->canvasResizedCallback,
                                        s->canvasResizedCallbackUserData);
}

EMSCRIPTEN_RESULT emscripten_enter_soft_fullscreen(const char *target, const EmscriptenFullscreenStrategy *s) {
    return fullscreen_strategy(target, 0, s);
}

EMSCRIPTEN_RESULT emscripten_request_fullscreen_strategy(const char *target, bool defer,
                                                         const EmscriptenFullscreenStrategy *s) {
    return fullscreen_strategy(target, defer ? 2 : 1, s);
}
