// Clocks (WASI clock_*): realtime from Date, the others from performance.now().

//! nowNanos
/** The time on WASI clock `id`, in nanoseconds, as a BigInt. */
function nowNanos(id) {
  if (id === 0) return BigInt(Date.now()) * 1000000n;
  // Monotonic and CPU-time clocks: microsecond resolution is what browsers give.
  return BigInt(Math.round(performance.now() * 1000)) * 1000n;
}

//! wasi_snapshot_preview1.clock_time_get needs: nowNanos, mem, errno
function clock_time_get(id, precision, timePtr) {
  if (id < 0 || id > 3) return ERRNO.INVAL;
  dv().setBigUint64(timePtr, nowNanos(id), true);
  return 0;
}

//! wasi_snapshot_preview1.clock_res_get needs: mem, errno
function clock_res_get(id, resPtr) {
  if (id < 0 || id > 3) return ERRNO.INVAL;
  dv().setBigUint64(resPtr, id === 0 ? 1000000n : 1000n, true);
  return 0;
}
