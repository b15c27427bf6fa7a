// Elements named from C (html5.h) and the canvas size functions.

//! findEventTarget needs: utf8
/**
 * The element a C target names: a CSS selector ("#canvas", "canvas"), or
 * EMSCRIPTEN_EVENT_TARGET_DOCUMENT (1), _WINDOW (2), _SCREEN (3). NULL, ""
 * and "#canvas" mean Module.canvas when the page set one.
 */
function findEventTarget(target) {
  if (typeof document == 'undefined') return null;
  if (target === 1) return document;
  if (target === 2) return window;
  if (target === 3) return screen;
  const selector = target ? readCString(target) : '';
  if ((!selector || selector === '#canvas') && Module.canvas) return Module.canvas;
  try {
    return document.querySelector(selector || 'canvas');
  } catch {
    return null;
  }
}

//! env.emscripten_set_canvas_element_size needs: findEventTarget
function emscripten_set_canvas_element_size(target, width, height) {
  const canvas = findEventTarget(target);
  if (!canvas) return -4;
  if (!('width' in canvas) || typeof canvas.getContext != 'function') return -3;
  canvas.width = width;
  canvas.height = height;
  return 0;
}

//! env.emscripten_get_canvas_element_size needs: findEventTarget, mem
function emscripten_get_canvas_element_size(target, widthPtr, heightPtr) {
  const canvas = findEventTarget(target);
  if (!canvas) return -4;
  if (typeof canvas.getContext != 'function') return -3;
  if (widthPtr) dv().setInt32(widthPtr, canvas.width, true);
  if (heightPtr) dv().setInt32(heightPtr, canvas.height, true);
  return 0;
}

//! env.emscripten_get_element_css_size needs: findEventTarget, mem
function emscripten_get_element_css_size(target, widthPtr, heightPtr) {
  const element = findEventTarget(target);
  if (!element) return -4;
  if (typeof element.getBoundingClientRect != 'function') return -3;
  const rect = element.getBoundingClientRect();
  if (widthPtr) dv().setFloat64(widthPtr, rect.width, true);
  if (heightPtr) dv().setFloat64(heightPtr, rect.height, true);
  return 0;
}
