// Main loops and the callbacks that keep a program alive after main.
//
// A program that sets a main loop (or calls emscripten_exit_with_live_runtime)
// lives on after main returns or unwinds. Each such holder counts in
// `liveRuntime`; when the last one lets go, the program ends as if main had
// returned then: with main's status (0 if main unwound), and through exit()
// when the runtime exits, so atexit handlers run and stdio is flushed.

//! liveRuntime needs: endProgram, wasmState, exitStatusOf
const liveRuntime = {
  holders: 0,
  // Set when main has ended (returned or unwound) while something held the program.
  mainEnded: false,
  status: 0,
  ended: false,
  hold() {
    this.holders++;
  },
  release() {
    this.holders--;
    // Checked once the current call into the program has returned, not inside it.
    if (this.holders <= 0 && this.mainEnded) setTimeout(() => this.maybeEnd(), 0);
  },
  /** Called by the start code when main returns: true when the program lives on. */
  keepsAlive(status) {
    if (this.holders <= 0) return false;
    this.mainEnded = true;
    this.status = status;
    return true;
  },
  /**
   * Leaves the program's current call, main included, discarding its stack;
   * the start code and callIntoProgram catch it. Main, if running, ends here.
   */
  unwind() {
    this.mainEnded = true;
    throw 'unwind';
  },
  maybeEnd() {
    if (this.ended || this.holders > 0) return;
    if (settings.exitRuntime) {
      callIntoProgram(() => wasmExports.exit(this.status));
    }
    if (!this.ended) this.end(this.status);
  },
  end(status) {
    this.ended = true;
    endProgram(status);
  },
};

/**
 * Runs a call into the program from a callback, ending the program as the
 * start code does when it exits, unwinds or fails. False when it has ended.
 */
function callIntoProgram(call) {
  if (liveRuntime.ended) return false;
  try {
    call();
    if (typeof stackChecks == 'object') stackChecks.check();
    return true;
  } catch (e) {
    if (e === 'unwind') return !liveRuntime.ended;
    liveRuntime.end(exitStatusOf(e));
    return false;
  }
}

//! animationFrame
/**
 * requestAnimationFrame where there is one; elsewhere (Node, workers) a timer
 * at 60 Hz, so that frame-driven code runs and can be tested there.
 */
function animationFrame(callback) {
  if (typeof requestAnimationFrame == 'function') return requestAnimationFrame(callback);
  return setTimeout(() => callback(performance.now()), 16);
}

//! runSoon
/** Calls `callback` as soon as the event loop is free, without the 4 ms clamp of nested timers. */
const runSoon = (() => {
  if (typeof setImmediate == 'function') return setImmediate;
  const queue = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()();
  return (callback) => {
    queue.push(callback);
    channel.port2.postMessage(0);
  };
})();

//! mainLoop needs: liveRuntime, animationFrame, runSoon
const mainLoop = {
  // The program's function, as (func, arg, withArg); func is 0 when there is no loop.
  func: 0,
  arg: 0,
  withArg: false,
  mode: 1,
  value: 1,
  paused: false,
  // Bumped by every (re)start, pause and cancel: a frame scheduled before is stale.
  generation: 0,
  frameCount: 0,
  nextTime: 0,
  start() {
    const generation = ++this.generation;
    this.nextTime = performance.now();
    this.schedule(generation);
  },
  schedule(generation) {
    const run = () => this.frame(generation);
    if (this.mode === 0) {
      // Paced from the planned time, not from when the last frame ended, so the rate does not drift.
      this.nextTime += Math.max(0, this.value);
      setTimeout(run, Math.max(0, this.nextTime - performance.now()));
    } else if (this.mode === 2) {
      runSoon(run);
    } else {
      animationFrame(run);
    }
  },
  frame(generation) {
    if (generation !== this.generation || !this.func || this.paused) return;
    // With EM_TIMING_RAF, value N calls the function every Nth animation frame.
    // -sASYNCIFY: while the program sleeps (in main or in a frame), frames wait.
    const asleep = typeof asyncify == 'object' && asyncify.sleeping;
    const skip = asleep || (this.mode === 1 && this.value > 1 && ++this.frameCount % this.value !== 0);
    if (!skip) {
      const ok = callIntoProgram(() =>
        this.withArg ? wasmExports.__wasmcc_call_vp(this.func, this.arg) : wasmExports.__wasmcc_call_v(this.func),
      );
      if (!ok) return;
    }
    if (generation === this.generation && this.func && !this.paused) this.schedule(generation);
  },
};

//! env.__wasmcc_set_main_loop needs: mainLoop, report, ExitStatus
function __wasmcc_set_main_loop(func, arg, withArg, fps, simulateInfiniteLoop) {
  if (mainLoop.func) {
    report(
      'emscripten_set_main_loop: there is already a main loop; call emscripten_cancel_main_loop first',
    );
    throw new ExitStatus(134);
  }
  mainLoop.func = func;
  mainLoop.arg = arg;
  mainLoop.withArg = withArg !== 0;
  mainLoop.paused = false;
  if (fps > 0) {
    mainLoop.mode = 0;
    mainLoop.value = 1000 / fps;
  } else {
    mainLoop.mode = 1;
    mainLoop.value = 1;
  }
  liveRuntime.hold();
  mainLoop.start();
  if (simulateInfiniteLoop) liveRuntime.unwind();
}

//! env.emscripten_cancel_main_loop needs: mainLoop
function emscripten_cancel_main_loop() {
  if (!mainLoop.func) return;
  mainLoop.func = 0;
  mainLoop.generation++;
  liveRuntime.release();
}

//! env.emscripten_pause_main_loop needs: mainLoop
function emscripten_pause_main_loop() {
  mainLoop.paused = true;
  mainLoop.generation++;
}

//! env.emscripten_resume_main_loop needs: mainLoop
function emscripten_resume_main_loop() {
  if (!mainLoop.paused) return;
  mainLoop.paused = false;
  if (mainLoop.func) mainLoop.start();
}

//! env.emscripten_set_main_loop_timing needs: mainLoop
function emscripten_set_main_loop_timing(mode, value) {
  if (!mainLoop.func || mode < 0 || mode > 2) return 1;
  mainLoop.mode = mode;
  mainLoop.value = value;
  if (!mainLoop.paused) mainLoop.start();
  return 0;
}

//! env.emscripten_get_main_loop_timing needs: mainLoop, mem
function emscripten_get_main_loop_timing(modePtr, valuePtr) {
  if (modePtr) dv().setInt32(modePtr, mainLoop.mode, true);
  if (valuePtr) dv().setInt32(valuePtr, Math.round(mainLoop.value), true);
}

//! env.__wasmcc_request_animation_frame_loop needs: liveRuntime, animationFrame
function __wasmcc_request_animation_frame_loop(cb, userData) {
  liveRuntime.hold();
  const frame = (time) => {
    let again = 0;
    const ok = callIntoProgram(() => {
      again = wasmExports.__wasmcc_call_frame(cb, time, userData);
    });
    if (!ok) return;
    if (again) animationFrame(frame);
    else liveRuntime.release();
  };
  animationFrame(frame);
}

//! env.emscripten_exit_with_live_runtime needs: liveRuntime
function emscripten_exit_with_live_runtime() {
  // Held for good: only exit() or emscripten_force_exit() end the program now.
  liveRuntime.hold();
  liveRuntime.unwind();
}
