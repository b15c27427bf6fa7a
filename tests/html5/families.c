/* Every html5.h setter links and registers in a page, the status functions
 * answer, and a wheel, focus and touch event dispatched from JS reach their
 * callbacks with their fields. Removes every listener and ends. */
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>

static bool on_wheel(int type, const EmscriptenWheelEvent *e, void *u) {
    printf("wheel %d client=%ld,%ld delta=%g,%g,%g mode=%lu\n", type, e->mouse.clientX,
           e->mouse.clientY, e->deltaX, e->deltaY, e->deltaZ, e->deltaMode);
    return true;
}
static bool on_focus(int type, const EmscriptenFocusEvent *e, void *u) {
    printf("focus %d node=%s id=%s\n", type, e->nodeName, e->id);
    return false;
}
static bool on_touch(int type, const EmscriptenTouchEvent *e, void *u) {
    printf("touch %d n=%d id=%ld client=%ld,%ld changed=%d onTarget=%d\n", type, e->numTouches,
           e->touches[0].identifier, e->touches[0].clientX, e->touches[0].clientY,
           e->touches[0].isChanged, e->touches[0].onTarget);
    return false;
}
static bool on_ui(int t, const EmscriptenUiEvent *e, void *u) { return false; }
static bool on_gamepad(int t, const EmscriptenGamepadEvent *e, void *u) { return false; }
static bool on_lock(int t, const EmscriptenPointerlockChangeEvent *e, void *u) { return false; }
static bool on_lock_error(int t, const void *e, void *u) { return false; }
static bool on_fullscreen(int t, const EmscriptenFullscreenChangeEvent *e, void *u) { return false; }
static bool on_visibility(int t, const EmscriptenVisibilityChangeEvent *e, void *u) { return false; }
static bool on_context(int t, const void *e, void *u) { return false; }

int main(void) {
    EM_ASM({ Module.canvas.hidden = false; Module.canvas.id = 'canvas'; });
    int r = 0;
    r |= emscripten_set_wheel_callback("#canvas", 0, false, on_wheel);
    r |= emscripten_set_focus_callback("#canvas", 0, false, on_focus);
    r |= emscripten_set_touchstart_callback("#canvas", 0, false, on_touch);
    r |= emscripten_set_scroll_callback(NULL, 0, false, on_ui);
    r |= emscripten_set_gamepadconnected_callback(0, false, on_gamepad);
    r |= emscripten_set_pointerlockchange_callback(NULL, 0, false, on_lock);
    r |= emscripten_set_pointerlockerror_callback(NULL, 0, false, on_lock_error);
    r |= emscripten_set_fullscreenchange_callback(NULL, 0, false, on_fullscreen);
    r |= emscripten_set_visibilitychange_callback(0, false, on_visibility);
    r |= emscripten_set_webglcontextlost_callback("#canvas", 0, false, on_context);
    printf("set: %d\n", r);

    EmscriptenVisibilityChangeEvent vis;
    printf("visibility: %d hidden=%d state=%d\n", emscripten_get_visibility_status(&vis), vis.hidden,
           vis.visibilityState);
    EmscriptenPointerlockChangeEvent lock;
    printf("pointerlock: %d active=%d\n", emscripten_get_pointerlock_status(&lock), lock.isActive);
    /* Outside an input event the browser refuses: deferred, or refused at once. */
    printf("request lock: %d %d\n", emscripten_request_pointerlock(NULL, true),
           emscripten_request_pointerlock(NULL, false));
    printf("gamepads: %d %d\n", emscripten_sample_gamepad_data(), emscripten_get_num_gamepads());

    EM_ASM({
        const c = Module.canvas;
        const e = new WheelEvent('wheel', {clientX: 3, clientY: 4, deltaX: 1.5, deltaY: -2, deltaZ: 0,
                                           deltaMode: 1, bubbles: true, cancelable: true});
        c.dispatchEvent(e);
        globalThis.wheelPrevented = e.defaultPrevented;
        c.dispatchEvent(new FocusEvent('focus'));
        const t = new Touch({identifier: 7, target: c, clientX: 11, clientY: 12});
        c.dispatchEvent(new TouchEvent('touchstart', {touches: [t], targetTouches: [t], changedTouches: [t], bubbles: true}));
    });

    printf("wheel prevented=%d\n", EM_ASM_INT({ return globalThis.wheelPrevented ? 1 : 0; }));
    emscripten_set_wheel_callback("#canvas", 0, false, NULL);
    emscripten_set_focus_callback("#canvas", 0, false, NULL);
    emscripten_set_touchstart_callback("#canvas", 0, false, NULL);
    emscripten_set_scroll_callback(NULL, 0, false, NULL);
    emscripten_set_gamepadconnected_callback(0, false, NULL);
    emscripten_set_pointerlockchange_callback(NULL, 0, false, NULL);
    emscripten_set_pointerlockerror_callback(NULL, 0, false, NULL);
    emscripten_set_fullscreenchange_callback(NULL, 0, false, NULL);
    emscripten_set_visibilitychange_callback(0, false, NULL);
    emscripten_set_webglcontextlost_callback("#canvas", 0, false, NULL);
    puts("done");
    return 0;
}
