// Memory access and values shared by the whole runtime.
//
// Memory grows from inside wasm (malloc calls memory.grow), which detaches the
// old ArrayBuffer, and a detached buffer's views have length 0. The views are
// therefore made again when that length is 0: one test on each access, with
// no call to the Memory object's buffer getter (js-templates/lib/webgl-context.js
// checks its views the same way).

//! wasmState
/** The instance's exports and memory, set once the module is instantiated. */
let wasmExports;
let wasmMemory;
// The compiled module, whose custom sections a crash report reads.
let wasmModule;

//! mem needs: wasmState
let memU8 = new Uint8Array(0);
let memView;
/** A byte view of memory that is valid now. */
function u8() {
  if (memU8.length === 0) {
    memU8 = new Uint8Array(wasmMemory.buffer);
    memView = new DataView(wasmMemory.buffer);
  }
  return memU8;
}
/** A DataView of memory that is valid now (wasm is little-endian). */
function dv() {
  u8();
  return memView;
}

//! ExitStatus
/** Thrown by proc_exit to unwind the program; the runtime catches it. */
class ExitStatus {
  constructor(status) {
    this.status = status;
  }
}

//! utf8 needs: mem
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
/** The NUL-terminated string at `ptr`. */
function readCString(ptr) {
  const bytes = u8();
  let end = ptr;
  while (bytes[end]) end++;
  return utf8Decoder.decode(bytes.subarray(ptr, end));
}
/** `len` bytes at `ptr` as a string. */
function readString(ptr, len) {
  return utf8Decoder.decode(u8().subarray(ptr, ptr + len));
}

//! errno
// WASI errno values used by the runtime.
const ERRNO = {
  SUCCESS: 0, ACCES: 2, BADF: 8, BUSY: 10, EXIST: 20, INVAL: 28, IO: 29, ISDIR: 31,
  NAMETOOLONG: 37, NOENT: 44, NOSYS: 52, NOTDIR: 54, NOTEMPTY: 55,
  NOTSUP: 58, PERM: 63, SPIPE: 70, XDEV: 75, LOOP: 32, NOTCAPABLE: 76,
};
/** The WASI errno for an error thrown by a file operation. */
function errnoOf(e) {
  if (typeof e === 'number') return e;
  const fromNode = e && typeof e.code === 'string' && ERRNO[e.code.slice(1)];
  if (fromNode !== undefined && fromNode !== false) return fromNode;
  if (e && e.code === 'EMFILE') return ERRNO.IO;
  throw e;
}
