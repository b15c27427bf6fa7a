// The smaller calls of emscripten.h, console.h, heap.h, threading.h and
// html5.h's page facts, and the runtime helpers that Emscripten's own
// EM_ASM code (SDL's, say) calls by name.

//! env.emscripten_random
function emscripten_random() {
  return Math.random();
}

//! env.emscripten_math_random
function emscripten_math_random() {
  return Math.random();
}

//! env.emscripten_debugger
function emscripten_debugger() {
  debugger;
}

//! env.emscripten_has_asyncify
function emscripten_has_asyncify() {
  // The asyncify item is in the program exactly when it was linked with -sASYNCIFY.
  return typeof asyncify == 'object' ? 1 : 0;
}

//! env.emscripten_get_compiler_setting needs: utf8
function emscripten_get_compiler_setting(name) {
  switch (readCString(name)) {
    case 'ASYNCIFY':
      return typeof asyncify == 'object' ? 1 : 0;
    case 'EXIT_RUNTIME':
      return settings.exitRuntime ? 1 : 0;
    case 'ALLOW_MEMORY_GROWTH':
      return settings.maxMemory ? 1 : 0;
  }
  return 0;
}

//! env.emscripten_print_double needs: stringToUTF8, lengthBytesUTF8
function emscripten_print_double(x, to, max) {
  const text = String(x);
  if (!to) return lengthBytesUTF8(text);
  return stringToUTF8(text, to, max);
}

//! windowTitle
/** The title where there is no page: what the program last set. */
let windowTitle = '';

//! env.emscripten_set_window_title needs: windowTitle, utf8
function emscripten_set_window_title(title) {
  windowTitle = readCString(title);
  if (typeof document != 'undefined') document.title = windowTitle;
}

//! env.__wasmcc_window_title needs: windowTitle, stringToUTF8, lengthBytesUTF8
function __wasmcc_window_title(buf, size) {
  const title = typeof document != 'undefined' ? document.title : windowTitle;
  if (buf && size > 0) stringToUTF8(title, buf, size);
  return lengthBytesUTF8(title);
}

//! env.emscripten_get_screen_size needs: mem
function emscripten_get_screen_size(widthPtr, heightPtr) {
  const s = typeof screen != 'undefined' ? screen : { width: 0, height: 0 };
  if (widthPtr) dv().setInt32(widthPtr, s.width, true);
  if (heightPtr) dv().setInt32(heightPtr, s.height, true);
}

//! env.emscripten_hide_mouse needs: findEventTarget
function emscripten_hide_mouse() {
  const canvas = findEventTarget(0);
  if (canvas?.style) canvas.style.cursor = 'none';
}

//! env.__wasmcc_console needs: utf8
function __wasmcc_console(level, text) {
  const s = readCString(text);
  [console.log, console.warn, console.error, console.trace, console.info, console.debug][level](s);
}

//! env.__wasmcc_js_stack needs: stringToUTF8, lengthBytesUTF8
function __wasmcc_js_stack(buf, size) {
  // Without the "Error" line and this function's own frame.
  const stack = String(new Error().stack).split('\n').slice(2).join('\n');
  if (buf && size > 0) stringToUTF8(stack, buf, size);
  return lengthBytesUTF8(stack);
}

//! env.emscripten_get_heap_max needs: wasmState
function emscripten_get_heap_max() {
  // The module's memory can grow to -sMAXIMUM_MEMORY (at most 4 GiB less a
  // page, which a 32-bit size_t can hold); without growth it stays as it is.
  if (settings.maxMemory) return Math.min(settings.maxMemory, 4294901760);
  return wasmMemory.buffer.byteLength;
}

//! env.emscripten_num_logical_cores
function emscripten_num_logical_cores() {
  return (typeof navigator != 'undefined' && navigator.hardwareConcurrency) || 1;
}

//! env.emscripten_set_element_css_size needs: findEventTarget
function emscripten_set_element_css_size(target, width, height) {
  const element = findEventTarget(target);
  if (!element) return -4;
  if (!element.style) return -3;
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  return 0;
}

//! env.emscripten_get_device_pixel_ratio
function emscripten_get_device_pixel_ratio() {
  return (typeof devicePixelRatio == 'number' && devicePixelRatio) || 1;
}

//! battery needs: mem
/**
 * The battery manager once navigator.getBattery() has answered; `state` is
 * 'unsupported' where there is no battery API, 'waiting' until it answers.
 */
const battery = {
  state: typeof navigator != 'undefined' && typeof navigator.getBattery == 'function' ? 'waiting' : 'unsupported',
  manager: null,
  // Called with the manager once it is known.
  ready: [],
  request() {
    if (this.state !== 'waiting' || this.asked) return;
    this.asked = true;
    navigator.getBattery().then(
      (manager) => {
        this.manager = manager;
        this.state = 'ready';
        for (const f of this.ready.splice(0)) f(manager);
      },
      () => {
        this.state = 'unsupported';
      },
    );
  },
  /** Writes EmscriptenBatteryEvent: three doubles, then EM_BOOL charging. */
  fill(ptr) {
    const m = this.manager;
    const v = dv();
    v.setFloat64(ptr, m.chargingTime, true);
    v.setFloat64(ptr + 8, m.dischargingTime, true);
    v.setFloat64(ptr + 16, m.level, true);
    v.setInt8(ptr + 24, m.charging ? 1 : 0);
  },
};
// Asked at load, so that a program that reads the status a frame later finds it.
battery.request();

//! env.emscripten_get_battery_status needs: battery
function emscripten_get_battery_status(ptr) {
  if (battery.state === 'unsupported') return -1;
  if (battery.state !== 'ready') return -7;
  battery.fill(ptr);
  return 0;
}

//! env.__wasmcc_battery_listen needs: battery, liveRuntime, wasmState
function __wasmcc_battery_listen(eventType, userData, callback, buffer) {
  if (battery.state === 'unsupported') return -1;
  const name = eventType === 29 ? 'chargingchange' : 'levelchange';
  const call = () => {
    battery.fill(buffer);
    callIntoProgram(() => wasmExports.__wasmcc_call_battery(callback, eventType, userData));
  };
  liveRuntime.hold();
  const listen = (manager) => manager.addEventListener(name, call);
  if (battery.manager) listen(battery.manager);
  else battery.ready.push(listen);
  return 0;
}

//! env.__wasmcc_beforeunload needs: wasmState, utf8, liveRuntime
let beforeUnloadListener = null;
function __wasmcc_beforeunload(userData, callback) {
  if (typeof window == 'undefined') return -1;
  if (beforeUnloadListener) window.removeEventListener('beforeunload', beforeUnloadListener);
  beforeUnloadListener = null;
  if (!callback) return 0;
  beforeUnloadListener = (e) => {
    let message = 0;
    callIntoProgram(() => {
      message = wasmExports.__wasmcc_call_beforeunload(callback, userData);
    });
    if (message) {
      // Browsers show a text of their own; both of these ask them to.
      e.preventDefault();
      e.returnValue = readCString(message);
      return e.returnValue;
    }
  };
  window.addEventListener('beforeunload', beforeUnloadListener);
  return 0;
}

//! autoResumeAudioContext
/**
 * Browsers start a WebAudio context suspended until the user interacts
 * with the page: resumes `ctx` on the first click, key or touch, as
 * Emscripten's helper of that name, which SDL's audio code calls.
 */
function autoResumeAudioContext(ctx) {
  if (typeof document == 'undefined') return;
  const events = ['keydown', 'mousedown', 'touchstart', 'click'];
  const resume = () => {
    if (ctx.state !== 'suspended') return stop();
    ctx.resume().then(stop, () => {});
  };
  const stop = () => {
    for (const name of events) document.removeEventListener(name, resume, true);
  };
  for (const name of events) document.addEventListener(name, resume, true);
}

//! createContext
/**
 * Module.createContext(canvas, useWebGL, setInModule, attributes), the
 * helper SDL's software framebuffer calls by that name: the canvas's 2D
 * context, also kept as Module.ctx when setInModule is true. WebGL contexts
 * come from emscripten_webgl_create_context (html5.h), which the GL calls know.
 */
function createContext(canvas, useWebGL, setInModule, attributes) {
  if (useWebGL) {
    throw new Error('Module.createContext: create WebGL contexts with emscripten_webgl_create_context');
  }
  const ctx = canvas.getContext('2d', attributes);
  if (ctx && setInModule) Module.ctx = ctx;
  return ctx;
}
Module.createContext = createContext;

//! dynCall needs: wasmState
/**
 * Calls the C function pointer `ptr` with `args`; `sig` is its signature
 * (one letter per type, the result first: 'vi', 'iii'), which the table's
 * functions already know. The table is exported for a program whose inline
 * JS calls dynCall (driver/link.rs).
 */
function dynCall(sig, ptr, args = []) {
  return getWasmTableEntry(ptr)(...args);
}
function getWasmTableEntry(ptr) {
  const table = wasmExports.__indirect_function_table;
  if (!table) throw new Error('dynCall: the function table is not exported');
  return table.get(ptr);
}

//! env.__wasmcc_fetch needs: utf8, mem, liveRuntime, wasmState, isNode, stringToUTF8, lengthBytesUTF8
/**
 * emscripten_fetch (libc-shims/js/fetch.c): downloads `url` with `method`,
 * the request's body and headers (name, value, ..., NULL), then hands C the
 * response, its headers and status, and reports the end. In Node a URL
 * without a scheme, or a file: URL, is a file of the host.
 */
function __wasmcc_fetch(fetchPtr, url, method, body, bodySize, headersPtr) {
  const address = readCString(url);
  const init = { method: readCString(method), headers: {} };
  if (body) init.body = u8().slice(body, body + bodySize);
  for (let p = headersPtr; p && dv().getUint32(p, true); p += 8) {
    init.headers[readCString(dv().getUint32(p, true))] = readCString(dv().getUint32(p + 4, true));
  }
  liveRuntime.hold();
  const isFile = isNode && !/^[a-z][a-z0-9+.-]*:/i.test(address);
  const request = isFile || (isNode && address.startsWith('file:'))
    ? require('fs').promises.readFile(isFile ? address : new URL(address)).then(
        (data) => ({ ok: true, status: 200, statusText: 'OK', headers: '', data }),
        (e) => ({ ok: false, status: 404, statusText: e.code || 'Not Found', headers: '', data: null }),
      )
    : fetch(address, init).then((response) =>
        response.arrayBuffer().then((data) => ({
          ok: response.ok,
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers].map(([name, value]) => `${name}: ${value}\r\n`).join(''),
          data: new Uint8Array(data),
        })),
      );
  request
    .catch((e) => ({ ok: false, status: 0, statusText: String(e?.message || e), headers: '', data: null }))
    .then((r) => {
      callIntoProgram(() => {
        const x = wasmExports;
        if (r.data) {
          const ptr = x.__wasmcc_fetch_buffer(fetchPtr, r.data.length);
          if (ptr) u8().set(r.data, ptr);
          else r.ok = false;
        }
        if (r.headers) {
          const size = lengthBytesUTF8(r.headers);
          const ptr = x.__wasmcc_fetch_headers_buffer(fetchPtr, size);
          if (ptr) stringToUTF8(r.headers, ptr, size + 1);
        }
        stringToUTF8(r.statusText, x.__wasmcc_fetch_status_text(fetchPtr), 64);
        x.__wasmcc_fetch_done(fetchPtr, r.status, r.ok ? 1 : 0);
      });
    })
    .finally(() => liveRuntime.release());
}
