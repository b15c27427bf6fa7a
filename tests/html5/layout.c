/* The html5.h event structs have the sizes and field offsets that
 * Emscripten's html5.h gives them on wasm32 (EM_BOOL a one-byte bool, long
 * 4 bytes, doubles 8-aligned), so code and data written for Emscripten's
 * layout read the same fields here. Built with wasmcc; a wrong layout
 * fails the build. */
#include <emscripten/html5.h>
#include <stddef.h>
#include <stdio.h>

#define AT(type, field, offset) _Static_assert(offsetof(type, field) == offset, #type "." #field)
#define SIZE(type, size) _Static_assert(sizeof(type) == size, "sizeof " #type)

SIZE(EmscriptenKeyboardEvent, 160);
AT(EmscriptenKeyboardEvent, timestamp, 0);
AT(EmscriptenKeyboardEvent, location, 8);
AT(EmscriptenKeyboardEvent, ctrlKey, 12);
AT(EmscriptenKeyboardEvent, shiftKey, 13);
AT(EmscriptenKeyboardEvent, altKey, 14);
AT(EmscriptenKeyboardEvent, metaKey, 15);
AT(EmscriptenKeyboardEvent, repeat, 16);
AT(EmscriptenKeyboardEvent, charCode, 20);
AT(EmscriptenKeyboardEvent, keyCode, 24);
AT(EmscriptenKeyboardEvent, which, 28);
AT(EmscriptenKeyboardEvent, key, 32);
AT(EmscriptenKeyboardEvent, code, 64);
AT(EmscriptenKeyboardEvent, charValue, 96);
AT(EmscriptenKeyboardEvent, locale, 128);

SIZE(EmscriptenMouseEvent, 64);
AT(EmscriptenMouseEvent, timestamp, 0);
AT(EmscriptenMouseEvent, screenX, 8);
AT(EmscriptenMouseEvent, screenY, 12);
AT(EmscriptenMouseEvent, clientX, 16);
AT(EmscriptenMouseEvent, clientY, 20);
AT(EmscriptenMouseEvent, ctrlKey, 24);
AT(EmscriptenMouseEvent, metaKey, 27);
AT(EmscriptenMouseEvent, button, 28);
AT(EmscriptenMouseEvent, buttons, 30);
AT(EmscriptenMouseEvent, movementX, 32);
AT(EmscriptenMouseEvent, movementY, 36);
AT(EmscriptenMouseEvent, targetX, 40);
AT(EmscriptenMouseEvent, targetY, 44);
AT(EmscriptenMouseEvent, canvasX, 48);
AT(EmscriptenMouseEvent, canvasY, 52);
AT(EmscriptenMouseEvent, padding, 56);

SIZE(EmscriptenWheelEvent, 96);
AT(EmscriptenWheelEvent, deltaX, 64);
AT(EmscriptenWheelEvent, deltaY, 72);
AT(EmscriptenWheelEvent, deltaZ, 80);
AT(EmscriptenWheelEvent, deltaMode, 88);

SIZE(EmscriptenUiEvent, 36);
AT(EmscriptenUiEvent, documentBodyClientWidth, 4);
AT(EmscriptenUiEvent, windowInnerWidth, 12);
AT(EmscriptenUiEvent, windowInnerHeight, 16);
AT(EmscriptenUiEvent, scrollTop, 28);
AT(EmscriptenUiEvent, scrollLeft, 32);

SIZE(EmscriptenFocusEvent, 256);
AT(EmscriptenFocusEvent, id, 128);

SIZE(EmscriptenFullscreenStrategy, 24);
AT(EmscriptenFullscreenStrategy, canvasResolutionScaleMode, 4);
AT(EmscriptenFullscreenStrategy, filteringMode, 8);
AT(EmscriptenFullscreenStrategy, canvasResizedCallback, 12);
AT(EmscriptenFullscreenStrategy, canvasResizedCallbackUserData, 16);
AT(EmscriptenFullscreenStrategy, canvasResizedCallbackTargetThread, 20);

SIZE(EmscriptenFullscreenChangeEvent, 276);
AT(EmscriptenFullscreenChangeEvent, fullscreenEnabled, 1);
AT(EmscriptenFullscreenChangeEvent, nodeName, 2);
AT(EmscriptenFullscreenChangeEvent, id, 130);
AT(EmscriptenFullscreenChangeEvent, elementWidth, 260);
AT(EmscriptenFullscreenChangeEvent, screenHeight, 272);

SIZE(EmscriptenPointerlockChangeEvent, 257);
AT(EmscriptenPointerlockChangeEvent, nodeName, 1);
AT(EmscriptenPointerlockChangeEvent, id, 129);

SIZE(EmscriptenVisibilityChangeEvent, 8);
AT(EmscriptenVisibilityChangeEvent, visibilityState, 4);

SIZE(EmscriptenTouchPoint, 48);
AT(EmscriptenTouchPoint, pageY, 24);
AT(EmscriptenTouchPoint, isChanged, 28);
AT(EmscriptenTouchPoint, onTarget, 29);
AT(EmscriptenTouchPoint, targetX, 32);
AT(EmscriptenTouchPoint, canvasY, 44);
SIZE(EmscriptenTouchEvent, 1552);
AT(EmscriptenTouchEvent, numTouches, 8);
AT(EmscriptenTouchEvent, ctrlKey, 12);
AT(EmscriptenTouchEvent, metaKey, 15);
AT(EmscriptenTouchEvent, touches, 16);

SIZE(EmscriptenGamepadEvent, 1240);
AT(EmscriptenGamepadEvent, numAxes, 8);
AT(EmscriptenGamepadEvent, numButtons, 12);
AT(EmscriptenGamepadEvent, axis, 16);
AT(EmscriptenGamepadEvent, analogButton, 528);
AT(EmscriptenGamepadEvent, digitalButton, 1040);
AT(EmscriptenGamepadEvent, connected, 1104);
AT(EmscriptenGamepadEvent, index, 1108);
AT(EmscriptenGamepadEvent, id, 1112);
AT(EmscriptenGamepadEvent, mapping, 1176);

SIZE(EmscriptenDeviceOrientationEvent, 32);
AT(EmscriptenDeviceOrientationEvent, alpha, 0);
AT(EmscriptenDeviceOrientationEvent, beta, 8);
AT(EmscriptenDeviceOrientationEvent, gamma, 16);
AT(EmscriptenDeviceOrientationEvent, absolute, 24);

SIZE(EmscriptenDeviceMotionEvent, 80);
AT(EmscriptenDeviceMotionEvent, accelerationX, 0);
AT(EmscriptenDeviceMotionEvent, accelerationY, 8);
AT(EmscriptenDeviceMotionEvent, accelerationZ, 16);
AT(EmscriptenDeviceMotionEvent, accelerationIncludingGravityX, 24);
AT(EmscriptenDeviceMotionEvent, accelerationIncludingGravityY, 32);
AT(EmscriptenDeviceMotionEvent, accelerationIncludingGravityZ, 40);
AT(EmscriptenDeviceMotionEvent, rotationRateAlpha, 48);
AT(EmscriptenDeviceMotionEvent, rotationRateBeta, 56);
AT(EmscriptenDeviceMotionEvent, rotationRateGamma, 64);
AT(EmscriptenDeviceMotionEvent, supportedFields, 72);
_Static_assert(EMSCRIPTEN_DEVICE_MOTION_EVENT_SUPPORTS_ACCELERATION == 0x01 &&
                   EMSCRIPTEN_DEVICE_MOTION_EVENT_SUPPORTS_ACCELERATION_INCLUDING_GRAVITY == 0x02 &&
                   EMSCRIPTEN_DEVICE_MOTION_EVENT_SUPPORTS_ROTATION_RATE == 0x04,
               "device motion supportedFields bits");

_Static_assert(EMSCRIPTEN_EVENT_KEYPRESS == 1 && EMSCRIPTEN_EVENT_MOUSEMOVE == 8 &&
                   EMSCRIPTEN_EVENT_DEVICEORIENTATION == 16 && EMSCRIPTEN_EVENT_DEVICEMOTION == 17 &&
                   EMSCRIPTEN_EVENT_TOUCHSTART == 22 && EMSCRIPTEN_EVENT_WEBGLCONTEXTLOST == 31 &&
                   EMSCRIPTEN_EVENT_MOUSEOUT == 36 && EMSCRIPTEN_EVENT_POINTERLOCKERROR == 38,
               "event type numbers");

int main(void) {
    puts("layouts match");
    return 0;
}
