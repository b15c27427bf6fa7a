// Random bytes (WASI random_get) from the platform's cryptographic source.

//! wasi_snapshot_preview1.random_get needs: mem
function random_get(buf, len) {
  // getRandomValues fills at most 65536 bytes per call.
  for (let off = 0; off < len; off += 65536) {
    crypto.getRandomValues(u8().subarray(buf + off, buf + Math.min(len, off + 65536)));
  }
  return 0;
}
