// Process control: exit, yield, raise, and poll_oneoff (which is how sleep(),
// nanosleep() and clock_nanosleep() wait).

//! wasi_snapshot_preview1.proc_exit [plain] needs: ExitStatus
function proc_exit(status) {
  throw new ExitStatus(status);
}

//! wasi_snapshot_preview1.proc_exit [checked] needs: ExitStatus, wasmState
/**
 * -sASSERTIONS: the C runtime has exited (atexit handlers ran, stdio was
 * flushed and closed), so a C function that JS calls afterwards, as
 * Module._f or through ccall, throws an error that says so instead of
 * running on a runtime that is gone.
 */
function proc_exit(status) {
  const exports = { ...wasmExports };
  for (const [name, f] of Object.entries(wasmExports)) {
    if (Module['_' + name] !== f) continue;
    exports[name] = Module['_' + name] = () => {
      throw new Error(`native function '${name}' called after the runtime exited: build with -sEXIT_RUNTIME=0 to keep it running after main returns`);
    };
  }
  wasmExports = exports;
  throw new ExitStatus(status);
}

//! wasi_snapshot_preview1.proc_raise needs: errno
function proc_raise() {
  return ERRNO.NOSYS;
}

//! wasi_snapshot_preview1.sched_yield
function sched_yield() {
  return 0;
}

//! sleepMs [block] needs: blockMs
/** sleep(), usleep() and nanosleep() (through poll_oneoff) block the thread. */
const sleepMs = blockMs;

//! blockMs
/** Blocks for `ms` milliseconds: Atomics.wait where the thread may block, else a busy wait. */
function blockMs(ms) {
  if (ms <= 0) return;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = performance.now() + ms;
    while (performance.now() < end);
  }
}

//! wasi_snapshot_preview1.poll_oneoff needs: mem, nowNanos, sleepMs, errno
function poll_oneoff(subs, events, count, neventsPtr) {
  // A page's terminal: a wait on stdin sleeps until a key (terminal.js), and
  // this call runs again on the rewind, which ends the sleep first.
  const tty = typeof terminal == 'object' && terminal.active ? terminal : null;
  let rewound = false;
  if (tty && asyncify.state === asyncify.REWINDING) {
    asyncify.handleSleep();
    rewound = true;
  }
  if (tty) tty.deliverSignals();
  const v = dv();
  let wait = null;
  let watchesTty = false;
  const ready = [];
  const clocks = [];
  for (let i = 0; i < count; i++) {
    const sub = subs + i * 48;
    const tag = v.getUint8(sub + 8);
    if (tag === 0) {
      // A clock: relative timeout, or absolute when flags has SUBSCRIPTION_CLOCK_ABSTIME.
      const id = v.getUint32(sub + 16, true);
      let timeout = v.getBigUint64(sub + 24, true);
      if (v.getUint16(sub + 40, true) & 1) timeout -= nowNanos(id);
      const ms = Number(timeout) / 1e6;
      wait = wait === null ? ms : Math.min(wait, ms);
      clocks.push(sub);
    } else if (tty && tag === 1 && v.getUint32(sub + 16, true) === 0) {
      // stdin in the terminal: ready when a read would not wait.
      if (tty.readable()) ready.push(sub);
      else watchesTty = true;
    } else {
      // Other fd_read and fd_write subscriptions are reported ready: reads block instead.
      ready.push(sub);
    }
  }
  if (tty && watchesTty && !ready.length) {
    // Nothing ready: wait for input or the timeout; after the wait, the timeout has passed.
    if (!rewound || wait === null) {
      tty.sleep(wait);
      return 0;
    }
  }
  // Without a terminal (or with something ready) the clocks are waited for as before.
  const out = tty && (ready.length || watchesTty) ? (ready.length ? ready : clocks) : [...ready, ...clocks];
  // (After a rewind the terminal's sleep is over already.)
  if (wait !== null && !rewound && !(tty && (watchesTty || ready.length))) sleepMs(wait);
  // The sleep may have grown memory (Asyncify's buffer), which detaches `v`.
  const w = dv();
  let n = 0;
  for (const sub of out) {
    const ev = events + n * 32;
    w.setBigUint64(ev, w.getBigUint64(sub, true), true);
    w.setUint16(ev + 8, 0, true);
    w.setUint8(ev + 10, w.getUint8(sub + 8));
    w.setBigUint64(ev + 16, 0n, true);
    w.setUint16(ev + 24, 0, true);
    n++;
  }
  dv().setUint32(neventsPtr, n, true);
  return count === 0 ? ERRNO.INVAL : 0;
}
