// Process control: exit, yield, raise, and poll_oneoff (which is how sleep(),
// nanosleep() and clock_nanosleep() wait).

//! wasi_snapshot_preview1.proc_exit needs: ExitStatus
function proc_exit(status) {
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
  const v = dv();
  let wait = null;
  let n = 0;
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
    }
    // fd_read and fd_write subscriptions are reported ready: reads block instead.
    const ev = events + n * 32;
    v.setBigUint64(ev, v.getBigUint64(sub, true), true);
    v.setUint16(ev + 8, 0, true);
    v.setUint8(ev + 10, tag);
    v.setBigUint64(ev + 16, 0n, true);
    v.setUint16(ev + 24, 0, true);
    n++;
  }
  if (wait !== null) sleepMs(wait);
  dv().setUint32(neventsPtr, n, true);
  return count === 0 ? ERRNO.INVAL : 0;
}
