// Fullscreen with a strategy (emscripten/html5.h): the canvas fills the
// browser window ("soft" fullscreen) or the screen, its picture scaled as the
// program asks and its pixel size following the area when asked. Leaving
// restores the canvas's style and size as they were.
//
// The picture is placed with CSS object-fit, which the browser applies to a
// canvas as to an image: `contain` keeps the aspect ratio with bars, `fill`
// stretches, `none` centres it unscaled.

//! fullscreenStrategy needs: html5
const fullscreenStrategy = {
  // { canvas, soft, scale, resolution, filtering, callback, userData, style, width, height }
  active: null,
  enter(active) {
    this.leave();
    const { canvas } = active;
    Object.assign(active, { style: canvas.style.cssText, width: canvas.width, height: canvas.height });
    this.active = active;
    addEventListener('resize', this.onResize);
    this.apply();
  },
  /** Styles and sizes the canvas for the area it fills now. */
  apply() {
    const { canvas, soft, scale, resolution, filtering } = this.active;
    const style = canvas.style;
    if (soft) {
      // Above the rest of the page, over the whole window.
      Object.assign(style, {
        position: 'fixed', left: '0', top: '0', width: '100vw', height: '100vh',
        margin: '0', padding: '0', border: '0', zIndex: '2147483647', background: 'black',
      });
    }
    style.objectFit = ['contain', 'fill', 'contain', 'none'][scale] || 'contain';
    if (filtering) style.imageRendering = filtering === 1 ? 'pixelated' : 'auto';
    if (resolution) {
      const ratio = resolution === 2 ? devicePixelRatio : 1;
      canvas.width = Math.round(innerWidth * ratio);
      canvas.height = Math.round(innerHeight * ratio);
    }
    this.resized();
  },
  /** Ends the strategy, if one is active: the canvas is as it was before. */
  leave() {
    const active = this.active;
    if (!active) return;
    this.active = null;
    removeEventListener('resize', this.onResize);
    active.canvas.style.cssText = active.style;
    if (active.canvas.width !== active.width) active.canvas.width = active.width;
    if (active.canvas.height !== active.height) active.canvas.height = active.height;
    this.resized(active);
  },
  /** Tells the program's canvasResizedCallback (EMSCRIPTEN_EVENT_CANVASRESIZED, 37). */
  resized(active = this.active) {
    if (!active.callback) return;
    callIntoProgram(() => wasmExports.__wasmcc_call_event(active.callback, 37, 0, active.userData));
  },
  onResize() {
    fullscreenStrategy.apply();
  },
  /** Leaving the browser's fullscreen (Escape, or exit_fullscreen) ends its strategy. */
  onFullscreenChange() {
    const active = fullscreenStrategy.active;
    if (active && !active.soft && document.fullscreenElement !== active.canvas) fullscreenStrategy.leave();
  },
};

//! env.__wasmcc_fullscreen_strategy needs: fullscreenStrategy
/** `how`: 0 soft fullscreen, 1 the browser's fullscreen now, 2 deferred until an input event if need be. */
function __wasmcc_fullscreen_strategy(target, how, scale, resolution, filtering, callback, userData) {
  if (typeof document == 'undefined') return -1;
  const canvas = html5.target(target, 'canvas');
  if (!canvas) return -4;
  if (!canvas.style) return -3;
  const active = { canvas, soft: how === 0, scale, resolution, filtering, callback, userData };
  if (how === 0) {
    fullscreenStrategy.enter(active);
    return 0;
  }
  if (!canvas.requestFullscreen || !document.fullscreenEnabled) return -1;
  const run = () => {
    document.addEventListener('fullscreenchange', fullscreenStrategy.onFullscreenChange);
    canvas.requestFullscreen().then(
      () => fullscreenStrategy.enter(active),
      () => {}
    );
  };
  return html5.request('fullscreen', run, how === 2);
}

//! env.emscripten_exit_soft_fullscreen needs: fullscreenStrategy
function emscripten_exit_soft_fullscreen() {
  if (typeof document == 'undefined') return -1;
  if (fullscreenStrategy.active?.soft) fullscreenStrategy.leave();
  return 0;
}
