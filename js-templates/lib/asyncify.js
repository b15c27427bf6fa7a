// -sASYNCIFY: C code that sleeps returns to the event loop and resumes later.
//
// binaryen's Asyncify pass gives the module four exports. While a sleeping
// import runs, the runtime calls asyncify_start_unwind(data): the import
// returns, and every instrumented function on the way out saves its locals
// and position in the buffer at `data` and returns at once, up to the JS that
// called C. That JS calls asyncify_stop_unwind() and is free: the program is
// asleep. When the timer fires, asyncify_start_rewind(data) and the same call
// again walk back down to the import, which this time returns its result
// after asyncify_stop_rewind(), and C carries on as if it had blocked.
//
// Every function export is wrapped so that any call from JS (main, a main
// loop's frame, a ccall) can sleep. A wrapped call that slept returns
// undefined; its eventual result is a promise that callMain and
// ccall(..., {async: true}) take with asyncify.claim(). A promise nobody
// takes still ends the program if the rest of the call exits or fails.

//! asyncify needs: wasmState, mem, ExitStatus
const asyncify = {
  NORMAL: 0,
  UNWINDING: 1,
  REWINDING: 2,
  state: 0,
  // The buffer for the saved stack, and its size (ASYNCIFY_STACK_SIZE).
  data: 0,
  size: settings.asyncifyStackSize,
  // The unwrapped exports: the asyncify_* ones are called directly.
  raw: null,
  // Calls from JS into C that are running now (an import may call C again).
  depth: 0,
  // True from the end of an unwind until the rewind: the program is asleep.
  sleeping: false,
  // The promise of the sleeping import's result, and that result on rewind.
  wakeup: null,
  wakeValue: undefined,
  // The last call that slept: {promise, claimed}.
  last: null,

  /** The exports with each function wrapped so that the call may sleep. */
  instrument(exports) {
    this.raw = exports;
    const wrapped = {};
    for (const [name, value] of Object.entries(exports)) {
      wrapped[name] = typeof value == 'function' && !name.startsWith('asyncify_') ? this.wrap(value) : value;
    }
    return wrapped;
  },

  wrap(f) {
    return (...args) => {
      this.depth++;
      let result;
      try {
        result = this.run(f, args);
      } finally {
        this.depth--;
      }
      if (!(result instanceof Promise)) return result;
      const entry = { promise: result, claimed: false };
      this.last = entry;
      // Nobody waits for this call: its exit or failure still ends the program.
      queueMicrotask(() => {
        if (!entry.claimed) entry.promise.catch((e) => runGuarded(() => {
          throw e;
        }));
      });
      return undefined;
    };
  },

  /** Calls `f`; returns its result, or a promise of it when it slept. */
  run(f, args) {
    try {
      const value = f(...args);
      if (this.state !== this.UNWINDING) return value;
      this.raw.asyncify_stop_unwind();
    } catch (e) {
      // Asyncify traps when the saved stack does not fit in its buffer.
      if (this.state === this.UNWINDING && e instanceof WebAssembly.RuntimeError) {
        e.message += ` (while saving the stack for a sleep: it needs more than -sASYNCIFY_STACK_SIZE=${this.size})`;
      }
      throw e;
    }
    this.state = this.NORMAL;
    this.sleeping = true;
    const wakeup = this.wakeup;
    this.wakeup = null;
    return wakeup.then((wakeValue) => {
      this.sleeping = false;
      this.wakeValue = wakeValue;
      this.state = this.REWINDING;
      this.raw.asyncify_start_rewind(this.data);
      return this.run(f, args);
    });
  },

  /**
   * Called by a sleeping import. `startAsync(wake)` begins the wait and calls
   * wake(value) when it is over; the import returns what handleSleep returns
   * (on the rewind: that value).
   */
  handleSleep(startAsync) {
    if (this.state === this.REWINDING) {
      this.raw.asyncify_stop_rewind();
      this.state = this.NORMAL;
      const value = this.wakeValue;
      this.wakeValue = undefined;
      return value;
    }
    if (this.sleeping || this.depth > 1) {
      throw new Error(
        'emscripten_sleep: the program cannot sleep here (it is already asleep, or this C code was called from JS that C called)',
      );
    }
    if (!this.data) {
      this.data = this.raw.__wasmcc_asyncify_buffer(this.size);
      if (!this.data) throw new Error('Asyncify: no memory for the saved stack (ASYNCIFY_STACK_SIZE)');
    }
    // The buffer's header: where saving goes next, and where the buffer ends.
    dv().setUint32(this.data, this.data + 8, true);
    dv().setUint32(this.data + 4, this.data + this.size, true);
    this.wakeup = new Promise(startAsync);
    this.state = this.UNWINDING;
    this.raw.asyncify_start_unwind(this.data);
    return 0;
  },

  /** The promise of the last call that slept; its caller takes charge of the outcome. */
  claim() {
    const entry = this.last;
    entry.claimed = true;
    return entry.promise;
  },

  /** After a call that slept: runs `then` with its result, guarded like the call itself. */
  later(then) {
    return this.claim().then(
      (value) => runGuarded(() => then(value)),
      (e) =>
        runGuarded(() => {
          throw e;
        }),
    );
  },
};
// Emscripten's name, which JS libraries use: Asyncify.handleSleep((wakeUp) => ...).
const Asyncify = asyncify;

//! env.emscripten_sleep needs: asyncify
function emscripten_sleep(ms) {
  asyncify.handleSleep((wake) => setTimeout(wake, ms));
}

//! env.__wasmcc_wget_sleep needs: asyncify
/** emscripten_wget and emscripten_wget_data (libc-shims/js/wget.c) wait for their request with this. */
function __wasmcc_wget_sleep(ms) {
  asyncify.handleSleep((wake) => setTimeout(wake, ms));
}

//! sleepMs [yield] needs: asyncify
/** sleep(), usleep() and nanosleep() (through poll_oneoff) give the event loop its turn. */
function sleepMs(ms) {
  asyncify.handleSleep((wake) => setTimeout(wake, Math.max(0, ms)));
}

//! Longjmp
/** Thrown by longjmp in the JS-based setjmp scheme; the innermost invoke_* catches it. */
class Longjmp {}

//! env.__wasmcc_throw_longjmp needs: Longjmp
function __wasmcc_throw_longjmp() {
  throw new Longjmp();
}

//! invokeCatchingLongjmp needs: wasmState, Longjmp
/**
 * invoke_SIG(index, ...args): calls the function at `index` in the table. A
 * longjmp out of it has recorded its buffer and value in C (__THREW__); the
 * caller reads them. The frames it skipped never restored the stack pointer,
 * so that is done here.
 */
function invokeCatchingLongjmp(index, args, zero) {
  const sp = wasmExports.__stack_pointer.value;
  try {
    return wasmExports.__indirect_function_table.get(index)(...args);
  } catch (e) {
    if (!(e instanceof Longjmp)) throw e;
    wasmExports.__stack_pointer.value = sp;
    return zero;
  }
}
