// What a crash says: the call chain of a trap or an abort, innermost first,
// with each function's name and, for a -g build, its file:line:column. V8
// writes the chain into the error's `stack` as it is thrown; it is read here,
// and the line table (the module's custom section `wasmcc.lines`, written
// by driver/debuginfo.rs) only when the program crashes, so a program that
// does not crash pays nothing.

//! crashTrace
/**
 * The wasm frames of a V8 stack, innermost first, each as its function's
 * name and the line "    at NAME (file:line:col) [file.wasm+0xOFFSET]" that
 * reports it. A frame reads "at [file.wasm.]NAME (wasm://...:wasm-function[N]:0xOFFSET)",
 * or without a name section "at wasm://...:wasm-function[N]:0xOFFSET"; a
 * C++ name may hold spaces ("step(unsigned int, int)").
 */
function crashTrace(stack) {
  const frames = [];
  for (const m of String(stack).matchAll(/at (?:(.+?) \()?wasm:\/\/[^\s)]*:wasm-function\[(\d+)\]:0x([0-9a-f]+)/g)) {
    const name = m[1] ? m[1].replace(/^(?:\S*\.wasm\.)?\$?/, '') : `wasm-function[${m[2]}]`;
    // A -g build's line table gives the place (crashPlace, in -g builds only).
    const place = typeof crashPlace == 'function' ? crashPlace(parseInt(m[3], 16)) : '';
    frames.push({ name, line: `    at ${name}${place ? ` (${place})` : ''} [${wasmFile}+0x${m[3]}]` });
  }
  return frames;
}

//! crashPlace needs: wasmState
/** "file:line:column" of the code at a module offset (-g), or '' where the table has none. */
function crashPlace(offset) {
  const table = crashLineTable();
  return table ? crashLookup(table, offset) : '';
}

/** The decoded line table, or null for a module without one. */
function crashLineTable() {
  const section = wasmModule && WebAssembly.Module.customSections(wasmModule, 'wasmcc.lines')[0];
  if (!section) return null;
  const bytes = new Uint8Array(section);
  let at = 0;
  const uleb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const files = [];
  for (let n = uleb(); n > 0; n--) {
    const length = uleb();
    files.push(new TextDecoder().decode(bytes.subarray(at, at + length)));
    at += length;
  }
  const offsets = [];
  const rows = [];
  let offset = 0;
  let line = 0;
  for (let n = uleb(); n > 0; n--) {
    offset += uleb();
    const file = uleb();
    const change = uleb();
    line += change % 2 ? -(change + 1) / 2 : change / 2;
    offsets.push(offset);
    rows.push([file, line, uleb()]);
  }
  return { files, offsets, rows };
}

/** The row of the table in force at a module offset, as "file:line:column". */
function crashLookup(table, offset) {
  let lo = 0;
  let hi = table.offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.offsets[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const row = table.rows[lo - 1];
  if (!row || row[1] === 0) return '';
  return `${table.files[row[0]]}:${row[1]}${row[2] ? `:${row[2]}` : ''}`;
}

//! env.segfault needs: crashFault
/** -sSAFE_HEAP: a load or store at NULL or past the end of memory, at `ptr + offset`. */
function segfault(ptr, offset) {
  crashFault('segmentation fault', '', ptr, offset);
}

//! env.alignfault needs: crashFault
/** -sSAFE_HEAP: a load or store at an address its size does not divide. */
function alignfault(ptr, offset) {
  crashFault('alignment fault', 'misaligned ', ptr, offset);
}

//! crashFault needs: crashEnd, crashTrace
/**
 * Reports a fault SafeHeap found and ends the program. The checking
 * function's name (SAFE_HEAP_STORE_i32_4_4: a store of 4 bytes) says the
 * access, and its pointer and offset (driver/safeheap.rs passes them) the address.
 */
function crashFault(what, kind, ptr, offset) {
  const trace = crashTrace(new Error().stack);
  const helper = trace.length ? trace[0].name.match(/SAFE_HEAP_(LOAD|STORE)_\w+?_(\d+)_/) : null;
  const address = `${kind}address 0x${((ptr + offset) >>> 0).toString(16)}`;
  const access = !helper
    ? `access of ${address}`
    : helper[1] == 'LOAD'
      ? `load of ${helper[2]} bytes from ${address}`
      : `store of ${helper[2]} bytes to ${address}`;
  const frames = trace.filter((frame) => !frame.name.startsWith('SAFE_HEAP_'));
  crashEnd(frames, (where) => `${what}: ${access}${where}`);
}

//! crashEnd needs: report, ExitStatus
/**
 * Reports a crash the runtime found, `message(" in NAME")` naming the
 * innermost of `frames` (crashTrace's), then the frames, and ends the
 * program with 139, what a shell shows for a native program killed by SIGSEGV.
 */
function crashEnd(frames, message) {
  report(message(frames.length ? ` in ${frames[0].name}` : ''));
  for (const frame of frames) report(frame.line);
  throw new ExitStatus(139);
}

//! env.__handle_stack_overflow needs: stackChecks, crashEnd, crashTrace
/**
 * -sSTACK_OVERFLOW_CHECK=2: binaryen's StackCheck calls this with the value
 * a function was about to give the stack pointer, past the stack's limits.
 */
function __handle_stack_overflow(sp) {
  crashEnd(crashTrace(new Error().stack), (where) => stackChecks.overflow(where, 'would move', sp));
}

//! stackChecks needs: wasmState, mem, crashEnd, crashTrace, ExitStatus
/**
 * -sSTACK_OVERFLOW_CHECK: a cookie at the stack's end, written at start and
 * checked whenever the program hands control back (main's return, each call
 * from the event loop, exit); a trap with the stack pointer outside the
 * stack is reported as the overflow it is. With =2 binaryen's StackCheck
 * also stops each function whose frame would pass the cookie.
 */
const stackChecks = {
  cookie: [0x2135467, 0x89bacdfe],
  // The stack's limits, read at start: after exit() the C functions are closed.
  base: 0,
  end: 0,
  // The stack ends at address 0 (wasm-ld's --stack-first): the cookie sits
  // above the first 16 bytes, which a write through NULL may reach.
  at() {
    return this.end || 16;
  },
  start() {
    this.base = wasmExports.emscripten_stack_get_base() >>> 0;
    this.end = wasmExports.emscripten_stack_get_end() >>> 0;
    const at = this.at();
    dv().setUint32(at, this.cookie[0], true);
    dv().setUint32(at + 4, this.cookie[1], true);
    wasmExports.__set_stack_limits?.(this.base, at + 8);
  },
  /** Ends the program with the report when the cookie was overwritten. */
  check() {
    const at = this.at();
    if (dv().getUint32(at, true) === this.cookie[0] && dv().getUint32(at + 4, true) === this.cookie[1]) return;
    crashEnd([], () => `stack overflow: the cookie at the stack's end (0x${at.toString(16)}) was overwritten; ${this.advice()}`);
  },
  /**
   * What the program's end `e` (a throw out of wasm) was: exit() with an
   * overwritten cookie, or a trap with the stack pointer off the stack, is
   * reported as the overflow and becomes ExitStatus(139); else `e` itself.
   * A crash already reported (139) is left as it is.
   */
  explain(e) {
    try {
      if (e instanceof ExitStatus && e.status !== 139) this.check();
      if (!(e instanceof WebAssembly.RuntimeError)) return e;
      const sp = wasmExports.emscripten_stack_get_current() >>> 0;
      if (sp >= this.at() && sp <= this.base) return e;
      crashEnd(crashTrace(e.stack), (where) => this.overflow(where, 'moved', sp));
    } catch (end) {
      return end;
    }
  },
  overflow(where, verb, sp) {
    return `stack overflow${where}: the stack pointer ${verb} to 0x${(sp >>> 0).toString(16)}, past the stack's end; ${this.advice()}`;
  },
  advice() {
    return `the stack is ${this.base - this.end} bytes (-sSTACK_SIZE)`;
  },
};
