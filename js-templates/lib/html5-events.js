// DOM events delivered to C callbacks (emscripten/html5.h).
//
// libc-shims/js/html5.c imports one `__wasmcc_html5_<family>` function per
// family of events (keys, mouse, wheel, ...), so a program gets only the
// code of the families it registers. Each family fills the C struct of its
// events into one buffer that C owns (one per kind, so a mousemove makes no
// garbage) and calls the callback through `__wasmcc_call_event`. A callback
// that returns true has the event's preventDefault() called.
//
// An active listener holds the runtime alive in a page, as a main loop does:
// a program that registers callbacks and returns from main keeps answering.
// Removing the last one (a NULL callback) lets the program end.

//! html5Time
/** An event's time as Emscripten documents it: absolute wall-clock milliseconds. */
function html5Time(e) {
  return performance.timeOrigin + e.timeStamp;
}

//! html5 needs: findEventTarget, liveRuntime, wasmState, utf8
const html5EventNames = {
  1: 'keypress', 2: 'keydown', 3: 'keyup', 4: 'click', 5: 'mousedown', 6: 'mouseup',
  7: 'dblclick', 8: 'mousemove', 9: 'wheel', 10: 'resize', 11: 'scroll', 12: 'blur',
  13: 'focus', 14: 'focusin', 15: 'focusout', 16: 'deviceorientation', 17: 'devicemotion',
  19: 'fullscreenchange', 20: 'pointerlockchange',
  21: 'visibilitychange', 22: 'touchstart', 23: 'touchend', 24: 'touchmove', 25: 'touchcancel',
  26: 'gamepadconnected', 27: 'gamepaddisconnected', 31: 'webglcontextlost',
  32: 'webglcontextrestored', 33: 'mouseenter', 34: 'mouseleave', 35: 'mouseover',
  36: 'mouseout', 38: 'pointerlockerror',
};
// Events during which browsers let a page enter fullscreen or lock the pointer.
const html5GestureEvents = new Set([
  'keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'dblclick', 'touchstart', 'touchend',
]);
const html5 = {
  // { element, name, capture, listener } for each listener we added.
  handlers: [],
  // Fullscreen and pointer-lock requests waiting for an input event.
  deferred: [],
  inGesture: false,
  /**
   * The element a C target names; `fallback` ('window', 'document' or
   * 'canvas') is the default of the event kind, used for NULL.
   */
  target(ptr, fallback) {
    if (typeof document == 'undefined') return null;
    if (!ptr) {
      if (fallback === 'window') return window;
      if (fallback === 'document') return document;
      return findEventTarget(0);
    }
    if (ptr > 3) {
      const name = readCString(ptr);
      if (name === '#window') return window;
      if (name === '#document') return document;
      if (name === '#screen') return screen;
    }
    return findEventTarget(ptr);
  },
  /**
   * Adds (or, with callback 0, removes) a listener. `fill(e, element)`
   * writes the event's struct and returns its address for the callback.
   */
  listen(eventType, targetPtr, fallback, useCapture, callback, userData, fill) {
    if (typeof document == 'undefined') return -1;
    const element = this.target(targetPtr, fallback);
    if (!element) return -4;
    const name = html5EventNames[eventType];
    if (!callback) {
      this.handlers = this.handlers.filter((h) => {
        if (h.element !== element || h.name !== name) return true;
        element.removeEventListener(name, h.listener, h.capture);
        liveRuntime.release();
        return false;
      });
      return 0;
    }
    const gesture = html5GestureEvents.has(name);
    const listener = (e) => {
      const ptr = fill(e, element);
      let result = 0;
      if (gesture) this.inGesture = true;
      const ok = callIntoProgram(() => {
        result = wasmExports.__wasmcc_call_event(callback, eventType, ptr, userData);
      });
      if (ok && result) e.preventDefault();
      if (gesture) {
        this.inGesture = false;
        this.runDeferred();
      }
    };
    const capture = !!useCapture;
    element.addEventListener(name, listener, capture);
    this.handlers.push({ element, name, capture, listener });
    liveRuntime.hold();
    return 0;
  },
  /**
   * Runs a request that browsers allow only during an input event: now if
   * we are in one, later (DEFERRED, 1) if the program agrees to wait, or
   * FAILED_NOT_DEFERRED (-2).
   */
  request(kind, run, defer) {
    if (this.inGesture) {
      run();
      return 0;
    }
    if (!defer) return -2;
    this.deferred = this.deferred.filter((d) => d.kind !== kind);
    this.deferred.push({ kind, run });
    return 1;
  },
  runDeferred() {
    const pending = this.deferred;
    this.deferred = [];
    for (const d of pending) d.run();
  },
};

//! html5Mouse needs: mem, html5Time, findEventTarget
/** Writes an EmscriptenMouseEvent (64 bytes) for `e` at `ptr`. */
function html5FillMouse(ptr, e, element) {
  const v = dv();
  v.setFloat64(ptr, html5Time(e), true);
  v.setInt32(ptr + 8, e.screenX, true);
  v.setInt32(ptr + 12, e.screenY, true);
  v.setInt32(ptr + 16, e.clientX, true);
  v.setInt32(ptr + 20, e.clientY, true);
  v.setUint8(ptr + 24, e.ctrlKey ? 1 : 0);
  v.setUint8(ptr + 25, e.shiftKey ? 1 : 0);
  v.setUint8(ptr + 26, e.altKey ? 1 : 0);
  v.setUint8(ptr + 27, e.metaKey ? 1 : 0);
  v.setUint16(ptr + 28, e.button, true);
  v.setUint16(ptr + 30, e.buttons, true);
  v.setInt32(ptr + 32, e.movementX || 0, true);
  v.setInt32(ptr + 36, e.movementY || 0, true);
  // Relative to the element listened on; the window and document start at 0,0.
  const rect = element.getBoundingClientRect ? element.getBoundingClientRect() : null;
  v.setInt32(ptr + 40, rect ? e.clientX - rect.left : e.clientX, true);
  v.setInt32(ptr + 44, rect ? e.clientY - rect.top : e.clientY, true);
  const canvas = typeof Module == 'object' && Module.canvas;
  const canvasRect = canvas && canvas.getBoundingClientRect ? canvas.getBoundingClientRect() : null;
  v.setInt32(ptr + 48, canvasRect ? e.clientX - canvasRect.left : 0, true);
  v.setInt32(ptr + 52, canvasRect ? e.clientY - canvasRect.top : 0, true);
  v.setInt32(ptr + 56, 0, true);
}

//! html5Element needs: stringToUTF8
/** Writes an element's nodeName and id as two 128-byte strings at `ptr`. */
function html5FillElement(ptr, element) {
  stringToUTF8((element && element.nodeName) || '', ptr, 128);
  stringToUTF8((element && element.id) || '', ptr + 128, 128);
}

//! env.__wasmcc_html5_key needs: html5, html5Time, mem, stringToUTF8
function __wasmcc_html5_key(eventType, target, userData, useCapture, callback, buffer) {
  // EmscriptenKeyboardEvent, 160 bytes.
  const fill = (e) => {
    const v = dv();
    v.setFloat64(buffer, html5Time(e), true);
    v.setUint32(buffer + 8, e.location, true);
    v.setUint8(buffer + 12, e.ctrlKey ? 1 : 0);
    v.setUint8(buffer + 13, e.shiftKey ? 1 : 0);
    v.setUint8(buffer + 14, e.altKey ? 1 : 0);
    v.setUint8(buffer + 15, e.metaKey ? 1 : 0);
    v.setUint8(buffer + 16, e.repeat ? 1 : 0);
    v.setUint32(buffer + 20, e.charCode, true);
    v.setUint32(buffer + 24, e.keyCode, true);
    v.setUint32(buffer + 28, e.which, true);
    stringToUTF8(e.key || '', buffer + 32, 32);
    stringToUTF8(e.code || '', buffer + 64, 32);
    stringToUTF8(e.char || '', buffer + 96, 32);
    stringToUTF8(e.locale || '', buffer + 128, 32);
    return buffer;
  };
  return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
}

//! env.__wasmcc_html5_mouse needs: html5, html5Mouse
function __wasmcc_html5_mouse(eventType, target, userData, useCapture, callback, buffer) {
  const fill = (e, element) => {
    html5FillMouse(buffer, e, element);
    return buffer;
  };
  return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
}

//! env.__wasmcc_html5_wheel needs: html5, html5Mouse, mem
function __wasmcc_html5_wheel(eventType, target, userData, useCapture, callback, buffer) {
  // EmscriptenWheelEvent: the mouse event, then three doubles and the mode (96 bytes).
  const fill = (e, element) => {
    html5FillMouse(buffer, e, element);
    const v = dv();
    v.setFloat64(buffer + 64, e.deltaX, true);
    v.setFloat64(buffer + 72, e.deltaY, true);
    v.setFloat64(buffer + 80, e.deltaZ, true);
    v.setUint32(buffer + 88, e.deltaMode, true);
    return buffer;
  };
  return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
}

//! env.__wasmcc_html5_ui needs: html5, mem
function __wasmcc_html5_ui(eventType, target, userData, useCapture, callback, buffer) {
  // EmscriptenUiEvent: detail, then eight ints of the page's geometry (36 bytes).
  const fill = (e) => {
    const v = dv();
    const body = document.body;
    v.setInt32(buffer, e.detail || 0, true);
    v.setInt32(buffer + 4, body ? body.clientWidth : 0, true);
    v.setInt32(buffer + 8, body ? body.clientHeight : 0, true);
    v.setInt32(buffer + 12, innerWidth, true);
    v.setInt32(buffer + 16, innerHeight, true);
    v.setInt32(buffer + 20, outerWidth, true);
    v.setInt32(buffer + 24, outerHeight, true);
    v.setInt32(buffer + 28, scrollY, true);
    v.setInt32(buffer + 32, scrollX, true);
    return buffer;
  };
  return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
}

//! env.__wasmcc_html5_focus needs: html5, html5Element
function __wasmcc_html5_focus(eventType, target, userData, useCapture, callback, buffer) {
  // EmscriptenFocusEvent: the nodeName and id of the element (256 bytes).
  const fill = (e) => {
    html5FillElement(buffer, e.target);
    return buffer;
  };
  return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
}

//! env.__wasmcc_html5_touch needs: html5, html5Time, mem
function __wasmcc_html5_touch(eventType, target, userData, useCapture, callback, buffer) {
  // EmscriptenTouchEvent: 16 bytes, then up to 32 points of 48 bytes.
  const fill = (e, element) => {
    const v = dv();
    v.setFloat64(buffer, html5Time(e), true);
    v.setUint8(buffer + 12, e.ctrlKey ? 1 : 0);
    v.setUint8(buffer + 13, e.shiftKey ? 1 : 0);
    v.setUint8(buffer + 14, e.altKey ? 1 : 0);
    v.setUint8(buffer + 15, e.metaKey ? 1 : 0);
    // The touches still down, then the changed ones that have ended.
    const points = new Map();
    for (const t of e.touches) points.set(t.identifier, t);
    for (const t of e.changedTouches) points.set(t.identifier, t);
    const changed = new Set(Array.from(e.changedTouches, (t) => t.identifier));
    const onTarget = new Set(Array.from(e.targetTouches, (t) => t.identifier));
    const rect = element.getBoundingClientRect ? element.getBoundingClientRect() : null;
    const canvas = typeof Module == 'object' && Module.canvas;
    const canvasRect = canvas && canvas.getBoundingClientRect ? canvas.getBoundingClientRect() : null;
    let n = 0;
    for (const t of points.values()) {
      if (n === 32) break;
      const p = buffer + 16 + n * 48;
      v.setInt32(p, t.identifier, true);
      v.setInt32(p + 4, t.screenX, true);
      v.setInt32(p + 8, t.screenY, true);
      v.setInt32(p + 12, t.clientX, true);
      v.setInt32(p + 16, t.clientY, true);
      v.setInt32(p + 20, t.pageX, true);
      v.setInt32(p + 24, t.pageY, true);
      v.setUint8(p + 28, changed.has(t.identifier) ? 1 : 0);
      v.setUint8(p + 29, onTarget.has(t.identifier) ? 1 : 0);
      v.setInt32(p + 32, rect ? t.clientX - rect.left : t.clientX, true);
      v.setInt32(p + 36, rect ? t.clientY - rect.top : t.clientY, true);
      v.setInt32(p + 40, canvasRect ? t.clientX - canvasRect.left : 0, true);
      v.setInt32(p + 44, canvasRect ? t.clientY - canvasRect.top : 0, true);
      n++;
    }
    v.setInt32(buffer + 8, n, true);
    return buffer;
  };
  return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
}

//! html5Gamepad needs: mem, stringToUTF8
/** Writes an EmscriptenGamepadEvent (1240 bytes) for a Gamepad at `ptr`. */
function html5FillGamepad(ptr, pad) {
  const v = dv();
  u8().fill(0, ptr, ptr + 1240);
  v.setFloat64(ptr, performance.timeOrigin + pad.timestamp, true);
  const axes = Math.min(pad.axes.length, 64);
  const buttons = Math.min(pad.buttons.length, 64);
  v.setInt32(ptr + 8, axes, true);
  v.setInt32(ptr + 12, buttons, true);
  for (let i = 0; i < axes; i++) v.setFloat64(ptr + 16 + i * 8, pad.axes[i], true);
  for (let i = 0; i < buttons; i++) {
    const b = pad.buttons[i];
    v.setFloat64(ptr + 528 + i * 8, typeof b == 'object' ? b.value : b, true);
    v.setUint8(ptr + 1040 + i, (typeof b == 'object' ? b.pressed : b === 1) ? 1 : 0);
  }
  v.setUint8(ptr + 1104, pad.connected ? 1 : 0);
  v.setInt32(ptr + 1108, pad.index, true);
  stringToUTF8(pad.id || '', ptr + 1112, 64);
  stringToUTF8(pad.mapping || '', ptr + 1176, 64);
}

//! env.__wasmcc_html5_gamepad needs: html5, html5Gamepad
function __wasmcc_html5_gamepad(eventType, target, userData, useCapture, callback, buffer) {
  if (typeof navigator == 'undefined' || !navigator.getGamepads) return -1;
  const fill = (e) => {
    html5FillGamepad(buffer, e.gamepad);
    return buffer;
  };
  return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
}

//! html5GamepadSnapshot
/** The gamepads as emscripten_sample_gamepad_data last saw them; null before. */
let html5GamepadSnapshot = null;

//! env.emscripten_sample_gamepad_data needs: html5GamepadSnapshot
function emscripten_sample_gamepad_data() {
  if (typeof navigator == 'undefined' || !navigator.getGamepads) return -1;
  html5GamepadSnapshot = Array.from(navigator.getGamepads());
  return 0;
}

//! env.emscripten_get_num_gamepads needs: html5GamepadSnapshot
function emscripten_get_num_gamepads() {
  if (typeof navigator == 'undefined' || !navigator.getGamepads) return -1;
  return html5GamepadSnapshot ? html5GamepadSnapshot.length : 0;
}

//! env.emscripten_get_gamepad_status needs: html5GamepadSnapshot, html5Gamepad
function emscripten_get_gamepad_status(index, ptr) {
  if (!html5GamepadSnapshot) return -7;
  if (index < 0 || index >= html5GamepadSnapshot.length) return -5;
  const pad = html5GamepadSnapshot[index];
  if (!pad) return -7;
  html5FillGamepad(ptr, pad);
  return 0;
}

//! html5PointerLock needs: mem, html5Element
/** Writes an EmscriptenPointerlockChangeEvent (257 bytes) at `ptr`. */
function html5FillPointerLock(ptr) {
  const element = document.pointerLockElement;
  dv().setUint8(ptr, element ? 1 : 0);
  html5FillElement(ptr + 1, element);
}

//! env.__wasmcc_html5_pointerlock needs: html5, html5PointerLock
function __wasmcc_html5_pointerlock(eventType, target, userData, useCapture, callback, buffer) {
  const fill = () => {
    if (buffer) html5FillPointerLock(buffer);
    return buffer;
  };
  return html5.listen(eventType, target, 'document', useCapture, callback, userData, fill);
}

//! env.emscripten_request_pointerlock needs: html5
function emscripten_request_pointerlock(target, deferUntilInEventHandler) {
  const element = html5.target(target, 'canvas');
  if (!element) return -4;
  if (!element.requestPointerLock) return -1;
  const run = () => {
    // Newer browsers return a promise that rejects outside a user gesture.
    const done = element.requestPointerLock();
    if (done && typeof done.catch == 'function') done.catch(() => {});
  };
  return html5.request('pointerlock', run, deferUntilInEventHandler);
}

//! env.emscripten_exit_pointerlock needs: html5
function emscripten_exit_pointerlock() {
  if (typeof document == 'undefined' || !document.exitPointerLock) return -1;
  html5.deferred = html5.deferred.filter((d) => d.kind !== 'pointerlock');
  document.exitPointerLock();
  return 0;
}

//! env.emscripten_get_pointerlock_status needs: html5PointerLock
function emscripten_get_pointerlock_status(ptr) {
  if (typeof document == 'undefined' || !('pointerLockElement' in document)) return -1;
  if (ptr) html5FillPointerLock(ptr);
  return 0;
}

//! html5Fullscreen needs: mem, html5Element
/** Writes an EmscriptenFullscreenChangeEvent (276 bytes) at `ptr`. */
function html5FillFullscreen(ptr) {
  const v = dv();
  const element = document.fullscreenElement;
  v.setUint8(ptr, element ? 1 : 0);
  v.setUint8(ptr + 1, document.fullscreenEnabled ? 1 : 0);
  html5FillElement(ptr + 2, element);
  v.setInt32(ptr + 260, element ? element.clientWidth : 0, true);
  v.setInt32(ptr + 264, element ? element.clientHeight : 0, true);
  v.setInt32(ptr + 268, screen.width, true);
  v.setInt32(ptr + 272, screen.height, true);
}

//! env.__wasmcc_html5_fullscreen needs: html5, html5Fullscreen
function __wasmcc_html5_fullscreen(eventType, target, userData, useCapture, callback, buffer) {
  const fill = () => {
    html5FillFullscreen(buffer);
    return buffer;
  };
  return html5.listen(eventType, target, 'document', useCapture, callback, userData, fill);
}

//! env.emscripten_request_fullscreen needs: html5
function emscripten_request_fullscreen(target, deferUntilInEventHandler) {
  const element = html5.target(target, 'canvas');
  if (!element) return -4;
  if (!element.requestFullscreen || !document.fullscreenEnabled) return -1;
  const run = () => element.requestFullscreen().catch(() => {});
  return html5.request('fullscreen', run, deferUntilInEventHandler);
}

//! env.emscripten_exit_fullscreen needs: html5
function emscripten_exit_fullscreen() {
  if (typeof document == 'undefined' || !document.fullscreenEnabled) return -1;
  html5.deferred = html5.deferred.filter((d) => d.kind !== 'fullscreen');
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  return 0;
}

//! env.emscripten_get_fullscreen_status needs: html5Fullscreen
function emscripten_get_fullscreen_status(ptr) {
  if (typeof document == 'undefined' || !document.fullscreenEnabled) return -1;
  if (ptr) html5FillFullscreen(ptr);
  return 0;
}

//! html5Visibility needs: mem
/** Writes an EmscriptenVisibilityChangeEvent (8 bytes) at `ptr`. */
function html5FillVisibility(ptr) {
  const states = ['hidden', 'visible', 'prerender', 'unloaded'];
  const v = dv();
  v.setUint8(ptr, document.hidden ? 1 : 0);
  v.setInt32(ptr + 4, Math.max(0, states.indexOf(document.visibilityState)), true);
}

//! env.__wasmcc_html5_visibility needs: html5, html5Visibility
function __wasmcc_html5_visibility(eventType, target, userData, useCapture, callback, buffer) {
  const fill = () => {
    html5FillVisibility(buffer);
    return buffer;
  };
  return html5.listen(eventType, target, 'document', useCapture, callback, userData, fill);
}

//! env.emscripten_get_visibility_status needs: html5Visibility
function emscripten_get_visibility_status(ptr) {
  if (typeof document == 'undefined') return -1;
  html5FillVisibility(ptr);
  return 0;
}

//! env.__wasmcc_html5_webglcontext needs: html5
function __wasmcc_html5_webglcontext(eventType, target, userData, useCapture, callback) {
  // The callback's event pointer is NULL: these events carry no data.
  return html5.listen(eventType, target, 'canvas', useCapture, callback, userData, () => 0);
}

//! html5Sensors needs: mem, html5
/**
 * Device orientation and motion: the C structs, and the last event of each
 * kind that a listener received, which the status functions report.
 * The DOM gives null for what the device does not measure; that reads as
 * 0 in C, never as NaN or stale data.
 */
const html5Sensors = {
  last: { orientation: null, motion: null },
  number(x) {
    return typeof x == 'number' ? x : 0;
  },
  fill: {
    /** Writes an EmscriptenDeviceOrientationEvent (32 bytes) at `ptr`. */
    orientation(ptr, e) {
      const v = dv();
      v.setFloat64(ptr, html5Sensors.number(e.alpha), true);
      v.setFloat64(ptr + 8, html5Sensors.number(e.beta), true);
      v.setFloat64(ptr + 16, html5Sensors.number(e.gamma), true);
      v.setUint8(ptr + 24, e.absolute ? 1 : 0);
    },
    /**
     * Writes an EmscriptenDeviceMotionEvent (80 bytes) at `ptr`: three groups
     * of three doubles, then supportedFields, whose bit for a group is set
     * when the device measured it (the DOM object is there with a value).
     */
    motion(ptr, e) {
      const v = dv();
      const groups = [
        [e.acceleration, ['x', 'y', 'z']],
        [e.accelerationIncludingGravity, ['x', 'y', 'z']],
        [e.rotationRate, ['alpha', 'beta', 'gamma']],
      ];
      let supported = 0;
      groups.forEach(([group, names], i) => {
        const values = names.map((name) => (group ? group[name] : null));
        if (values.some((x) => typeof x == 'number')) supported |= 1 << i;
        values.forEach((x, j) => v.setFloat64(ptr + i * 24 + j * 8, html5Sensors.number(x), true));
      });
      v.setInt32(ptr + 72, supported, true);
    },
  },
  /** Listens on the window for events of `kind`, keeping the last one. */
  listen(kind, eventType, target, userData, useCapture, callback, buffer) {
    const fill = (e) => {
      this.last[kind] = e;
      this.fill[kind](buffer, e);
      return buffer;
    };
    return html5.listen(eventType, target, 'window', useCapture, callback, userData, fill);
  },
  /** Writes the last event of `kind` at `ptr`; EMSCRIPTEN_RESULT_NO_DATA before any. */
  status(kind, ptr) {
    const e = this.last[kind];
    if (!e) return -7;
    this.fill[kind](ptr, e);
    return 0;
  },
};

//! env.__wasmcc_html5_orientation needs: html5Sensors
function __wasmcc_html5_orientation(eventType, target, userData, useCapture, callback, buffer) {
  return html5Sensors.listen('orientation', eventType, target, userData, useCapture, callback, buffer);
}

//! env.emscripten_get_deviceorientation_status needs: html5Sensors
function emscripten_get_deviceorientation_status(ptr) {
  return html5Sensors.status('orientation', ptr);
}

//! env.__wasmcc_html5_motion needs: html5Sensors
function __wasmcc_html5_motion(eventType, target, userData, useCapture, callback, buffer) {
  return html5Sensors.listen('motion', eventType, target, userData, useCapture, callback, buffer);
}

//! env.emscripten_get_devicemotion_status needs: html5Sensors
function emscripten_get_devicemotion_status(ptr) {
  return html5Sensors.status('motion', ptr);
}
