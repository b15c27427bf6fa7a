// Timers of emscripten/eventloop.h (libc-shims/js/eventloop.c), and the
// keepalive count. Each live timer holds the runtime (liveRuntime in
// mainloop.js) as a main loop does: a timeout until it has fired, a loop
// until its callback returns false, an interval until it is cleared. A
// callback runs before its timer lets go, so a timer that sets the next
// one keeps the program alive throughout.

//! timers needs: liveRuntime, animationFrame, runSoon, wasmState
const timers = {
  // id -> the timer's state; ids start at 1 and are never reused.
  live: new Map(),
  next: 1,
  /** Calls into the program; false when the timer is to stop. */
  call(f) {
    let again = 0;
    const ok = callIntoProgram(() => {
      again = f();
    });
    return ok && !!again;
  },
  start(kind, cb, msecs, userData) {
    const id = this.next++;
    const timer = { stopped: false, handle: null, cancel: null };
    this.live.set(id, timer);
    liveRuntime.hold();
    const done = () => {
      if (timer.stopped) return;
      timer.stopped = true;
      this.live.delete(id);
      liveRuntime.release();
    };
    timer.done = done;
    const plain = () => this.call(() => wasmExports.__wasmcc_timer_call(cb, userData));
    switch (kind) {
      case 0: // a timeout
        timer.handle = setTimeout(() => {
          plain();
          done();
        }, msecs);
        timer.cancel = () => clearTimeout(timer.handle);
        break;
      case 1: {
        // a timeout loop: at once, then every msecs from the start of each call
        const tick = () => {
          const now = performance.now();
          const again = this.call(() => wasmExports.__wasmcc_timer_call_loop(cb, now, userData));
          if (!again || timer.stopped) return done();
          timer.handle = setTimeout(tick, Math.max(0, now + msecs - performance.now()));
        };
        timer.handle = setTimeout(tick, 0);
        timer.cancel = () => clearTimeout(timer.handle);
        break;
      }
      case 2: // an interval
        timer.handle = setInterval(plain, msecs);
        timer.cancel = () => clearInterval(timer.handle);
        break;
      case 3: // an immediate
        runSoon(() => {
          if (timer.stopped) return;
          plain();
          done();
        });
        timer.cancel = () => {};
        break;
      case 4: {
        // an immediate loop
        const turn = () => {
          if (timer.stopped) return;
          const again = this.call(() => wasmExports.__wasmcc_timer_call_immediate_loop(cb, userData));
          if (!again || timer.stopped) return done();
          runSoon(turn);
        };
        runSoon(turn);
        timer.cancel = () => {};
        break;
      }
      case 5: // the next animation frame (emscripten_async_call with a negative delay)
        animationFrame(() => {
          if (timer.stopped) return;
          plain();
          done();
        });
        timer.cancel = () => {};
        break;
    }
    return id;
  },
  clear(id) {
    const timer = this.live.get(id);
    if (!timer) return;
    timer.cancel();
    timer.done();
  },
};

//! env.__wasmcc_timer needs: timers
function __wasmcc_timer(kind, cb, msecs, userData) {
  return timers.start(kind, cb, msecs, userData);
}

//! env.__wasmcc_clear_timer needs: timers
function __wasmcc_clear_timer(id) {
  timers.clear(id);
}

//! env.emscripten_runtime_keepalive_push needs: liveRuntime
function emscripten_runtime_keepalive_push() {
  liveRuntime.hold();
}

//! env.emscripten_runtime_keepalive_pop needs: liveRuntime
function emscripten_runtime_keepalive_pop() {
  liveRuntime.release();
}

//! env.emscripten_runtime_keepalive_check needs: liveRuntime
function emscripten_runtime_keepalive_check() {
  return liveRuntime.holders > 0 ? 1 : 0;
}

//! env.emscripten_unwind_to_js_event_loop needs: liveRuntime
function emscripten_unwind_to_js_event_loop() {
  // Nothing holding the program: it ends once back in the event loop, as when main returns.
  if (liveRuntime.holders <= 0) setTimeout(() => liveRuntime.maybeEnd(), 0);
  liveRuntime.unwind();
}
