/* The browser's DOM from C, as Emscripten's html5.h names it.
 *
 * Event structs have Emscripten's field order and sizes, with EM_BOOL a
 * one-byte bool as in current Emscripten (releases before 3.1.5x used int).
 *
 * Targets: a CSS selector ("#canvas", "canvas", "#id"), or one of
 * EMSCRIPTEN_EVENT_TARGET_DOCUMENT, _WINDOW, _SCREEN. "#canvas" means
 * Module.canvas when the page set one. NULL chooses a default per kind:
 *   window   keys, mouse, wheel, touch, resize, scroll, blur/focus/focusin/focusout
 *            (deviceorientation, devicemotion and gamepads take no target: always window)
 *   document fullscreenchange, pointerlockchange/error, visibilitychange
 *   canvas   webglcontextlost/restored, request_fullscreen, request_pointerlock
 * A canvas receives keys only while it has the focus, so it needs a tabindex
 * (the default page's canvas has tabindex="-1", and gets the focus when
 * clicked); window and document receive every key the page gets.
 *
 * A callback returning true makes the runtime call preventDefault() on the
 * event. Each call adds a listener (two callbacks of one kind on one target
 * are both called); a NULL callback removes every listener of that kind on
 * that target. Event pointers point into one buffer per event kind, valid
 * only during the call. A listener keeps the program running after main
 * returns, as a main loop does, until it is removed.
 */
#ifndef _EMSCRIPTEN_HTML5_H
#define _EMSCRIPTEN_HTML5_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EM_BOOL bool
#define EM_TRUE true
#define EM_FALSE false
#define EM_UTF8 char

typedef int EMSCRIPTEN_RESULT;

#define EMSCRIPTEN_RESULT_SUCCESS 0
#define EMSCRIPTEN_RESULT_DEFERRED 1
#define EMSCRIPTEN_RESULT_NOT_SUPPORTED -1
#define EMSCRIPTEN_RESULT_FAILED_NOT_DEFERRED -2
#define EMSCRIPTEN_RESULT_INVALID_TARGET -3
#define EMSCRIPTEN_RESULT_UNKNOWN_TARGET -4
#define EMSCRIPTEN_RESULT_INVALID_PARAM -5
#define EMSCRIPTEN_RESULT_FAILED -6
#define EMSCRIPTEN_RESULT_NO_DATA -7
#define EMSCRIPTEN_RESULT_TIMED_OUT -8

#define EMSCRIPTEN_EVENT_TARGET_INVALID 0
#define EMSCRIPTEN_EVENT_TARGET_DOCUMENT ((const char *)1)
#define EMSCRIPTEN_EVENT_TARGET_WINDOW ((const char *)2)
#define EMSCRIPTEN_EVENT_TARGET_SCREEN ((const char *)3)

#define EMSCRIPTEN_EVENT_KEYPRESS 1
#define EMSCRIPTEN_EVENT_KEYDOWN 2
#define EMSCRIPTEN_EVENT_KEYUP 3
#define EMSCRIPTEN_EVENT_CLICK 4
#define EMSCRIPTEN_EVENT_MOUSEDOWN 5
#define EMSCRIPTEN_EVENT_MOUSEUP 6
#define EMSCRIPTEN_EVENT_DBLCLICK 7
#define EMSCRIPTEN_EVENT_MOUSEMOVE 8
#define EMSCRIPTEN_EVENT_WHEEL 9
#define EMSCRIPTEN_EVENT_RESIZE 10
#define EMSCRIPTEN_EVENT_SCROLL 11
#define EMSCRIPTEN_EVENT_BLUR 12
#define EMSCRIPTEN_EVENT_FOCUS 13
#define EMSCRIPTEN_EVENT_FOCUSIN 14
#define EMSCRIPTEN_EVENT_FOCUSOUT 15
#define EMSCRIPTEN_EVENT_DEVICEORIENTATION 16
#define EMSCRIPTEN_EVENT_DEVICEMOTION 17
#define EMSCRIPTEN_EVENT_ORIENTATIONCHANGE 18
#define EMSCRIPTEN_EVENT_FULLSCREENCHANGE 19
#define EMSCRIPTEN_EVENT_POINTERLOCKCHANGE 20
#define EMSCRIPTEN_EVENT_VISIBILITYCHANGE 21
#define EMSCRIPTEN_EVENT_TOUCHSTART 22
#define EMSCRIPTEN_EVENT_TOUCHEND 23
#define EMSCRIPTEN_EVENT_TOUCHMOVE 24
#define EMSCRIPTEN_EVENT_TOUCHCANCEL 25
#define EMSCRIPTEN_EVENT_GAMEPADCONNECTED 26
#define EMSCRIPTEN_EVENT_GAMEPADDISCONNECTED 27
#define EMSCRIPTEN_EVENT_BEFOREUNLOAD 28
#define EMSCRIPTEN_EVENT_BATTERYCHARGINGCHANGE 29
#define EMSCRIPTEN_EVENT_BATTERYLEVELCHANGE 30
#define EMSCRIPTEN_EVENT_WEBGLCONTEXTLOST 31
#define EMSCRIPTEN_EVENT_WEBGLCONTEXTRESTORED 32
#define EMSCRIPTEN_EVENT_MOUSEENTER 33
#define EMSCRIPTEN_EVENT_MOUSELEAVE 34
#define EMSCRIPTEN_EVENT_MOUSEOVER 35
#define EMSCRIPTEN_EVENT_MOUSEOUT 36
#define EMSCRIPTEN_EVENT_CANVASRESIZED 37
#define EMSCRIPTEN_EVENT_POINTERLOCKERROR 38

#define EM_HTML5_SHORT_STRING_LEN_BYTES 32
#define EM_HTML5_MEDIUM_STRING_LEN_BYTES 64
#define EM_HTML5_LONG_STRING_LEN_BYTES 128

#define DOM_KEY_LOCATION int
#define DOM_KEY_LOCATION_STANDARD 0x00
#define DOM_KEY_LOCATION_LEFT 0x01
#define DOM_KEY_LOCATION_RIGHT 0x02
#define DOM_KEY_LOCATION_NUMPAD 0x03

#define DOM_DELTA_PIXEL 0x00
#define DOM_DELTA_LINE 0x01
#define DOM_DELTA_PAGE 0x02

#define EMSCRIPTEN_VISIBILITY_HIDDEN 0
#define EMSCRIPTEN_VISIBILITY_VISIBLE 1
#define EMSCRIPTEN_VISIBILITY_PRERENDER 2
#define EMSCRIPTEN_VISIBILITY_UNLOADED 3

/* The timestamp of each event is absolute wall-clock time in milliseconds (
 * since 1970, as JavaScript's Date.now() counts), as Emscripten documents. */

typedef struct EmscriptenKeyboardEvent {
  double timestamp;
  unsigned long location;
  bool ctrlKey;
  bool shiftKey;
  bool altKey;
  bool metaKey;
  bool repeat;
  unsigned long charCode;
  unsigned long keyCode;
  unsigned long which;
  EM_UTF8 key[EM_HTML5_SHORT_STRING_LEN_BYTES];
  EM_UTF8 code[EM_HTML5_SHORT_STRING_LEN_BYTES];
  EM_UTF8 charValue[EM_HTML5_SHORT_STRING_LEN_BYTES];
  EM_UTF8 locale[EM_HTML5_SHORT_STRING_LEN_BYTES];
} EmscriptenKeyboardEvent;

typedef struct EmscriptenMouseEvent {
  double timestamp;
  long screenX;
  long screenY;
  long clientX;
  long clientY;
  bool ctrlKey;
  bool shiftKey;
  bool altKey;
  bool metaKey;
  unsigned short button;
  unsigned short buttons;
  long movementX;
  long movementY;
  /* Relative to the top-left corner of the target element. */
  long targetX;
  long targetY;
  /* Relative to Module.canvas when there is one, else 0. */
  long canvasX;
  long canvasY;
  long padding;
} EmscriptenMouseEvent;

typedef struct EmscriptenWheelEvent {
  EmscriptenMouseEvent mouse;
  double deltaX;
  double deltaY;
  double deltaZ;
  unsigned long deltaMode;
} EmscriptenWheelEvent;

typedef struct EmscriptenUiEvent {
  long detail;
  int documentBodyClientWidth;
  int documentBodyClientHeight;
  int windowInnerWidth;
  int windowInnerHeight;
  int windowOuterWidth;
  int windowOuterHeight;
  int scrollTop;
  int scrollLeft;
} EmscriptenUiEvent;

typedef struct EmscriptenFocusEvent {
  EM_UTF8 nodeName[EM_HTML5_LONG_STRING_LEN_BYTES];
  EM_UTF8 id[EM_HTML5_LONG_STRING_LEN_BYTES];
} EmscriptenFocusEvent;

typedef struct EmscriptenFullscreenChangeEvent {
  bool isFullscreen;
  bool fullscreenEnabled;
  EM_UTF8 nodeName[EM_HTML5_LONG_STRING_LEN_BYTES];
  EM_UTF8 id[EM_HTML5_LONG_STRING_LEN_BYTES];
  int elementWidth;
  int elementHeight;
  int screenWidth;
  int screenHeight;
} EmscriptenFullscreenChangeEvent;

/* How emscripten_request_fullscreen_strategy and emscripten_enter_soft_fullscreen
 * show the canvas. scaleMode: how its picture fills the screen or window
 * (DEFAULT and ASPECT keep the aspect ratio with bars, STRETCH fills,
 * CENTER shows it unscaled in the middle). canvasResolutionScaleMode: NONE
 * keeps the canvas's pixel size, STDDEF makes it the CSS size of the area,
 * HIDEF that times devicePixelRatio. filteringMode: NEAREST scales with
 * sharp pixels, BILINEAR smoothly. canvasResizedCallback is called
 * (EMSCRIPTEN_EVENT_CANVASRESIZED, NULL, canvasResizedCallbackUserData) each
 * time the strategy changes the canvas: on entering, when the window
 * resizes, and on leaving, which restores the canvas as it was. */
typedef int EMSCRIPTEN_FULLSCREEN_SCALE;
#define EMSCRIPTEN_FULLSCREEN_SCALE_DEFAULT 0
#define EMSCRIPTEN_FULLSCREEN_SCALE_STRETCH 1
#define EMSCRIPTEN_FULLSCREEN_SCALE_ASPECT 2
#define EMSCRIPTEN_FULLSCREEN_SCALE_CENTER 3

typedef int EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE;
#define EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE_NONE 0
#define EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE_STDDEF 1
#define EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE_HIDEF 2

typedef int EMSCRIPTEN_FULLSCREEN_FILTERING;
#define EMSCRIPTEN_FULLSCREEN_FILTERING_DEFAULT 0
#define EMSCRIPTEN_FULLSCREEN_FILTERING_NEAREST 1
#define EMSCRIPTEN_FULLSCREEN_FILTERING_BILINEAR 2

typedef bool (*em_canvasresized_callback_func)(int eventType, const void *reserved, void *userData);

typedef struct EmscriptenFullscreenStrategy {
  EMSCRIPTEN_FULLSCREEN_SCALE scaleMode;
  EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE canvasResolutionScaleMode;
  EMSCRIPTEN_FULLSCREEN_FILTERING filteringMode;
  em_canvasresized_callback_func canvasResizedCallback;
  void *canvasResizedCallbackUserData;
  /* There are no threads: the callback runs on the page's thread. */
  void *canvasResizedCallbackTargetThread;
} EmscriptenFullscreenStrategy;

typedef struct EmscriptenPointerlockChangeEvent {
  bool isActive;
  EM_UTF8 nodeName[EM_HTML5_LONG_STRING_LEN_BYTES];
  EM_UTF8 id[EM_HTML5_LONG_STRING_LEN_BYTES];
} EmscriptenPointerlockChangeEvent;

typedef struct EmscriptenVisibilityChangeEvent {
  bool hidden;
  int visibilityState;
} EmscriptenVisibilityChangeEvent;

typedef struct EmscriptenTouchPoint {
  long identifier;
  long screenX;
  long screenY;
  long clientX;
  long clientY;
  long pageX;
  long pageY;
  bool isChanged;
  bool onTarget;
  long targetX;
  long targetY;
  long canvasX;
  long canvasY;
} EmscriptenTouchPoint;

typedef struct EmscriptenTouchEvent {
  double timestamp;
  int numTouches;
  bool ctrlKey;
  bool shiftKey;
  bool altKey;
  bool metaKey;
  EmscriptenTouchPoint touches[32];
} EmscriptenTouchEvent;

typedef struct EmscriptenGamepadEvent {
  double timestamp;
  int numAxes;
  int numButtons;
  double axis[64];
  double analogButton[64];
  bool digitalButton[64];
  bool connected;
  long index;
  EM_UTF8 id[EM_HTML5_MEDIUM_STRING_LEN_BYTES];
  EM_UTF8 mapping[EM_HTML5_MEDIUM_STRING_LEN_BYTES];
} EmscriptenGamepadEvent;

/* Device orientation, in degrees as the DOM gives it: alpha around Z
 * [0, 360), beta around X [-180, 180), gamma around Y [-90, 90). An angle
 * the browser does not know (null in the DOM event) reads as 0. */
typedef struct EmscriptenDeviceOrientationEvent {
  double alpha;
  double beta;
  double gamma;
  bool absolute;
} EmscriptenDeviceOrientationEvent;

/* Which groups of an EmscriptenDeviceMotionEvent the device measured. */
#define EMSCRIPTEN_DEVICE_MOTION_EVENT_SUPPORTS_ACCELERATION 0x01
#define EMSCRIPTEN_DEVICE_MOTION_EVENT_SUPPORTS_ACCELERATION_INCLUDING_GRAVITY 0x02
#define EMSCRIPTEN_DEVICE_MOTION_EVENT_SUPPORTS_ROTATION_RATE 0x04

/* Acceleration in m/s^2, rotation rate in degrees per second. A group whose
 * bit is clear in supportedFields was not measured and reads as zeros. */
typedef struct EmscriptenDeviceMotionEvent {
  double accelerationX;
  double accelerationY;
  double accelerationZ;
  double accelerationIncludingGravityX;
  double accelerationIncludingGravityY;
  double accelerationIncludingGravityZ;
  double rotationRateAlpha;
  double rotationRateBeta;
  double rotationRateGamma;
  int supportedFields;
} EmscriptenDeviceMotionEvent;

typedef bool (*em_key_callback_func)(int eventType, const EmscriptenKeyboardEvent *keyEvent, void *userData);
typedef bool (*em_mouse_callback_func)(int eventType, const EmscriptenMouseEvent *mouseEvent, void *userData);
typedef bool (*em_wheel_callback_func)(int eventType, const EmscriptenWheelEvent *wheelEvent, void *userData);
typedef bool (*em_ui_callback_func)(int eventType, const EmscriptenUiEvent *uiEvent, void *userData);
typedef bool (*em_focus_callback_func)(int eventType, const EmscriptenFocusEvent *focusEvent, void *userData);
typedef bool (*em_fullscreenchange_callback_func)(int eventType,
                                                  const EmscriptenFullscreenChangeEvent *fullscreenChangeEvent,
                                                  void *userData);
typedef bool (*em_pointerlockchange_callback_func)(int eventType,
                                                   const EmscriptenPointerlockChangeEvent *pointerlockChangeEvent,
                                                   void *userData);
typedef bool (*em_pointerlockerror_callback_func)(int eventType, const void *reserved, void *userData);
typedef bool (*em_visibilitychange_callback_func)(int eventType,
                                                  const EmscriptenVisibilityChangeEvent *visibilityChangeEvent,
                                                  void *userData);
typedef bool (*em_touch_callback_func)(int eventType, const EmscriptenTouchEvent *touchEvent, void *userData);
typedef bool (*em_gamepad_callback_func)(int eventType, const EmscriptenGamepadEvent *gamepadEvent, void *userData);
typedef bool (*em_deviceorientation_callback_func)(int eventType,
                                                   const EmscriptenDeviceOrientationEvent *deviceOrientationEvent,
                                                   void *userData);
typedef bool (*em_devicemotion_callback_func)(int eventType, const EmscriptenDeviceMotionEvent *deviceMotionEvent,
                                              void *userData);
typedef bool (*em_webgl_context_callback)(int eventType, const void *reserved, void *userData);

/* Keys. */
EMSCRIPTEN_RESULT emscripten_set_keypress_callback(const char *target, void *userData, bool useCapture, em_key_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_keydown_callback(const char *target, void *userData, bool useCapture, em_key_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_keyup_callback(const char *target, void *userData, bool useCapture, em_key_callback_func callback);

/* Mouse. */
EMSCRIPTEN_RESULT emscripten_set_click_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_mousedown_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_mouseup_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_dblclick_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_mousemove_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_mouseenter_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_mouseleave_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_mouseover_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_mouseout_callback(const char *target, void *userData, bool useCapture, em_mouse_callback_func callback);
/* The last mouse event any mouse callback received; NO_DATA before the first. */
EMSCRIPTEN_RESULT emscripten_get_mouse_status(EmscriptenMouseEvent *mouseState);

EMSCRIPTEN_RESULT emscripten_set_wheel_callback(const char *target, void *userData, bool useCapture, em_wheel_callback_func callback);

/* Resize and scroll. */
EMSCRIPTEN_RESULT emscripten_set_resize_callback(const char *target, void *userData, bool useCapture, em_ui_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_scroll_callback(const char *target, void *userData, bool useCapture, em_ui_callback_func callback);

/* Focus. */
EMSCRIPTEN_RESULT emscripten_set_blur_callback(const char *target, void *userData, bool useCapture, em_focus_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_focus_callback(const char *target, void *userData, bool useCapture, em_focus_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_focusin_callback(const char *target, void *userData, bool useCapture, em_focus_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_focusout_callback(const char *target, void *userData, bool useCapture, em_focus_callback_func callback);

/* Touch. */
EMSCRIPTEN_RESULT emscripten_set_touchstart_callback(const char *target, void *userData, bool useCapture, em_touch_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_touchend_callback(const char *target, void *userData, bool useCapture, em_touch_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_touchmove_callback(const char *target, void *userData, bool useCapture, em_touch_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_touchcancel_callback(const char *target, void *userData, bool useCapture, em_touch_callback_func callback);

/* Gamepads: the connect events go to the window; the state is polled. */
EMSCRIPTEN_RESULT emscripten_set_gamepadconnected_callback(void *userData, bool useCapture, em_gamepad_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_gamepaddisconnected_callback(void *userData, bool useCapture, em_gamepad_callback_func callback);
/* Takes a snapshot of the gamepads that the two functions below read. */
EMSCRIPTEN_RESULT emscripten_sample_gamepad_data(void);
int emscripten_get_num_gamepads(void);
EMSCRIPTEN_RESULT emscripten_get_gamepad_status(int index, EmscriptenGamepadEvent *gamepadState);

/* Device orientation and motion: the events go to the window. The status
 * functions give the last event received; NO_DATA before the first. */
EMSCRIPTEN_RESULT emscripten_set_deviceorientation_callback(void *userData, bool useCapture,
                                                            em_deviceorientation_callback_func callback);
EMSCRIPTEN_RESULT emscripten_get_deviceorientation_status(EmscriptenDeviceOrientationEvent *orientationState);
EMSCRIPTEN_RESULT emscripten_set_devicemotion_callback(void *userData, bool useCapture, em_devicemotion_callback_func callback);
EMSCRIPTEN_RESULT emscripten_get_devicemotion_status(EmscriptenDeviceMotionEvent *motionState);

/* Pointer lock. Requests outside an input event handler are refused by
 * browsers: with deferUntilInEventHandler they run at the end of the next
 * key, mouse or touch callback instead, and return DEFERRED. */
EMSCRIPTEN_RESULT emscripten_set_pointerlockchange_callback(const char *target, void *userData, bool useCapture, em_pointerlockchange_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_pointerlockerror_callback(const char *target, void *userData, bool useCapture, em_pointerlockerror_callback_func callback);
EMSCRIPTEN_RESULT emscripten_request_pointerlock(const char *target, bool deferUntilInEventHandler);
EMSCRIPTEN_RESULT emscripten_exit_pointerlock(void);
EMSCRIPTEN_RESULT emscripten_get_pointerlock_status(EmscriptenPointerlockChangeEvent *pointerlockStatus);

/* Fullscreen, deferred in the same way as pointer lock. */
EMSCRIPTEN_RESULT emscripten_set_fullscreenchange_callback(const char *target, void *userData, bool useCapture, em_fullscreenchange_callback_func callback);
EMSCRIPTEN_RESULT emscripten_request_fullscreen(const char *target, bool deferUntilInEventHandler);
EMSCRIPTEN_RESULT emscripten_exit_fullscreen(void);
EMSCRIPTEN_RESULT emscripten_get_fullscreen_status(EmscriptenFullscreenChangeEvent *fullscreenStatus);
/* Fullscreen shown by a strategy (above); leaving fullscreen undoes it. */
EMSCRIPTEN_RESULT emscripten_request_fullscreen_strategy(const char *target, bool deferUntilInEventHandler,
                                                         const EmscriptenFullscreenStrategy *fullscreenStrategy);
/* "Soft" fullscreen: the canvas fills the browser window, above the rest of
 * the page, without the browser's fullscreen mode (no input event needed). */
EMSCRIPTEN_RESULT emscripten_enter_soft_fullscreen(const char *target, const EmscriptenFullscreenStrategy *fullscreenStrategy);
EMSCRIPTEN_RESULT emscripten_exit_soft_fullscreen(void);

/* Page visibility: the events go to the document. */
EMSCRIPTEN_RESULT emscripten_set_visibilitychange_callback(void *userData, bool useCapture, em_visibilitychange_callback_func callback);
EMSCRIPTEN_RESULT emscripten_get_visibility_status(EmscriptenVisibilityChangeEvent *visibilityStatus);

/* WebGL context loss; the event pointer passed to the callback is NULL. */
EMSCRIPTEN_RESULT emscripten_set_webglcontextlost_callback(const char *target, void *userData, bool useCapture, em_webgl_context_callback callback);
EMSCRIPTEN_RESULT emscripten_set_webglcontextrestored_callback(const char *target, void *userData, bool useCapture, em_webgl_context_callback callback);

/* There are no threads: the _on_thread forms are the plain ones. */
#define EM_CALLBACK_THREAD_CONTEXT_MAIN_BROWSER_THREAD ((void *)1)
#define EM_CALLBACK_THREAD_CONTEXT_CALLING_THREAD ((void *)2)
#define emscripten_set_keypress_callback_on_thread(t, u, c, f, th) emscripten_set_keypress_callback(t, u, c, f)
#define emscripten_set_keydown_callback_on_thread(t, u, c, f, th) emscripten_set_keydown_callback(t, u, c, f)
#define emscripten_set_keyup_callback_on_thread(t, u, c, f, th) emscripten_set_keyup_callback(t, u, c, f)
#define emscripten_set_click_callback_on_thread(t, u, c, f, th) emscripten_set_click_callback(t, u, c, f)
#define emscripten_set_mousedown_callback_on_thread(t, u, c, f, th) emscripten_set_mousedown_callback(t, u, c, f)
#define emscripten_set_mouseup_callback_on_thread(t, u, c, f, th) emscripten_set_mouseup_callback(t, u, c, f)
#define emscripten_set_dblclick_callback_on_thread(t, u, c, f, th) emscripten_set_dblclick_callback(t, u, c, f)
#define emscripten_set_mousemove_callback_on_thread(t, u, c, f, th) emscripten_set_mousemove_callback(t, u, c, f)
#define emscripten_set_mouseenter_callback_on_thread(t, u, c, f, th) emscripten_set_mouseenter_callback(t, u, c, f)
#define emscripten_set_mouseleave_callback_on_thread(t, u, c, f, th) emscripten_set_mouseleave_callback(t, u, c, f)
#define emscripten_set_mouseover_callback_on_thread(t, u, c, f, th) emscripten_set_mouseover_callback(t, u, c, f)
#define emscripten_set_mouseout_callback_on_thread(t, u, c, f, th) emscripten_set_mouseout_callback(t, u, c, f)
#define emscripten_set_wheel_callback_on_thread(t, u, c, f, th) emscripten_set_wheel_callback(t, u, c, f)
#define emscripten_set_resize_callback_on_thread(t, u, c, f, th) emscripten_set_resize_callback(t, u, c, f)
#define emscripten_set_scroll_callback_on_thread(t, u, c, f, th) emscripten_set_scroll_callback(t, u, c, f)
#define emscripten_set_blur_callback_on_thread(t, u, c, f, th) emscripten_set_blur_callback(t, u, c, f)
#define emscripten_set_focus_callback_on_thread(t, u, c, f, th) emscripten_set_focus_callback(t, u, c, f)
#define emscripten_set_focusin_callback_on_thread(t, u, c, f, th) emscripten_set_focusin_callback(t, u, c, f)
#define emscripten_set_focusout_callback_on_thread(t, u, c, f, th) emscripten_set_focusout_callback(t, u, c, f)
#define emscripten_set_touchstart_callback_on_thread(t, u, c, f, th) emscripten_set_touchstart_callback(t, u, c, f)
#define emscripten_set_touchend_callback_on_thread(t, u, c, f, th) emscripten_set_touchend_callback(t, u, c, f)
#define emscripten_set_touchmove_callback_on_thread(t, u, c, f, th) emscripten_set_touchmove_callback(t, u, c, f)
#define emscripten_set_touchcancel_callback_on_thread(t, u, c, f, th) emscripten_set_touchcancel_callback(t, u, c, f)
#define emscripten_set_gamepadconnected_callback_on_thread(u, c, f, th) emscripten_set_gamepadconnected_callback(u, c, f)
#define emscripten_set_gamepaddisconnected_callback_on_thread(u, c, f, th) emscripten_set_gamepaddisconnected_callback(u, c, f)
#define emscripten_set_deviceorientation_callback_on_thread(u, c, f, th) emscripten_set_deviceorientation_callback(u, c, f)
#define emscripten_set_devicemotion_callback_on_thread(u, c, f, th) emscripten_set_devicemotion_callback(u, c, f)
#define emscripten_set_pointerlockchange_callback_on_thread(t, u, c, f, th) emscripten_set_pointerlockchange_callback(t, u, c, f)
#define emscripten_set_pointerlockerror_callback_on_thread(t, u, c, f, th) emscripten_set_pointerlockerror_callback(t, u, c, f)
#define emscripten_set_fullscreenchange_callback_on_thread(t, u, c, f, th) emscripten_set_fullscreenchange_callback(t, u, c, f)
#define emscripten_set_visibilitychange_callback_on_thread(u, c, f, th) emscripten_set_visibilitychange_callback(u, c, f)
#define emscripten_set_webglcontextlost_callback_on_thread(t, u, c, f, th) emscripten_set_webglcontextlost_callback(t, u, c, f)
#define emscripten_set_webglcontextrestored_callback_on_thread(t, u, c, f, th) emscripten_set_webglcontextrestored_callback(t, u, c, f)

EMSCRIPTEN_RESULT emscripten_set_canvas_element_size(const char *target, int width, int height);
EMSCRIPTEN_RESULT emscripten_get_canvas_element_size(const char *target, int *width, int *height);
EMSCRIPTEN_RESULT emscripten_get_element_css_size(const char *target, double *width, double *height);
/* Sets the element's CSS size (style.width and style.height) in CSS pixels. */
EMSCRIPTEN_RESULT emscripten_set_element_css_size(const char *target, double width, double height);
/* Device pixels per CSS pixel (window.devicePixelRatio); 1 where there is no page. */
double emscripten_get_device_pixel_ratio(void);

/* The battery (navigator.getBattery()). Times are in seconds (Infinity when
 * unknown), level in [0, 1]. Where the browser has no battery API (Node,
 * Firefox, Safari) the calls return EMSCRIPTEN_RESULT_NOT_SUPPORTED. The
 * browser answers asynchronously: until it has, get_battery_status returns
 * EMSCRIPTEN_RESULT_NO_DATA. A registered callback keeps the program alive. */
typedef struct EmscriptenBatteryEvent {
    double chargingTime;
    double dischargingTime;
    double level;
    EM_BOOL charging;
} EmscriptenBatteryEvent;
typedef EM_BOOL (*em_battery_callback_func)(int eventType, const EmscriptenBatteryEvent *batteryEvent,
                                            void *userData);
EMSCRIPTEN_RESULT emscripten_get_battery_status(EmscriptenBatteryEvent *batteryState);
EMSCRIPTEN_RESULT emscripten_set_batterychargingchange_callback(void *userData, em_battery_callback_func callback);
EMSCRIPTEN_RESULT emscripten_set_batterylevelchange_callback(void *userData, em_battery_callback_func callback);
#define emscripten_set_batterychargingchange_callback_on_thread(u, f, th) emscripten_set_batterychargingchange_callback(u, f)
#define emscripten_set_batterylevelchange_callback_on_thread(u, f, th) emscripten_set_batterylevelchange_callback(u, f)

/* Called when the page is about to be left. A callback that returns a
 * string asks the browser to confirm leaving (browsers show their own
 * text); NULL lets the page go. It does not keep the program alive. */
typedef const char *(*em_beforeunload_callback)(int eventType, const void *reserved, void *userData);
EMSCRIPTEN_RESULT emscripten_set_beforeunload_callback(void *userData, em_beforeunload_callback callback);
#define emscripten_set_beforeunload_callback_on_thread(u, f, th) emscripten_set_beforeunload_callback(u, f)

#ifdef __cplusplus
}
#endif

#include <emscripten/html5_webgl.h>

#endif
