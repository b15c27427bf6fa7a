// What a crash says: the call chain of a trap or an abort, innermost first,
// with each function's name and, for a -g build, its file:line:column. V8
// writes the chain into the error's `stack` as it is thrown; it is read here,
// and the line table (the module's custom section `wasmcc.lines`, written
// by driver/debuginfo.rs) only when the program crashes, so a program that
// does not crash pays nothing.

//! crashTrace needs: crashPlace
/**
 * The wasm frames of a V8 stack as lines "    at NAME (file:line:col) [file.wasm+0xOFFSET]",
 * innermost first. A frame reads "at [file.wasm.]NAME (wasm://...:wasm-function[N]:0xOFFSET)",
 * or without a name section "at wasm://...:wasm-function[N]:0xOFFSET".
 */
function crashTrace(stack) {
  const lines = [];
  for (const m of String(stack).matchAll(/at (?:(\S+) \()?wasm:\/\/[^\s)]*:wasm-function\[(\d+)\]:0x([0-9a-f]+)/g)) {
    let name = m[1] ? m[1].replace(/^\S*\.wasm\./, '').replace(/^\$/, '') : `wasm-function[${m[2]}]`;
    // wasi-libc's name for a main without arguments.
    if (name === '__original_main') name = 'main';
    const offset = parseInt(m[3], 16);
    const place = crashPlace(offset);
    lines.push(`    at ${name}${place ? ` (${place})` : ''} [${wasmFile}+0x${offset.toString(16)}]`);
  }
  return lines;
}

//! crashPlace [names]
/** Without -g the module has no line table: frames show names only. */
function crashPlace(offset) {
  return '';
}

//! crashPlace [lines] needs: wasmState
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
/** -sSAFE_HEAP: a load or store at NULL or past the end of memory. */
function segfault() {
  crashFault('segmentation fault', 'at NULL or past the end of memory');
}

//! env.alignfault needs: crashFault
/** -sSAFE_HEAP: a load or store at an address its size does not divide. */
function alignfault() {
  crashFault('alignment fault', 'at a misaligned address');
}

//! crashFault needs: report, crashTrace, ExitStatus
/**
 * Reports a fault SafeHeap found and ends the program with 139, what a shell
 * shows for a native program killed by SIGSEGV. The checking function's
 * name (SAFE_HEAP_STORE_i32_4_4: a store of 4 bytes) says the access;
 * binaryen's pass does not pass on the address.
 */
function crashFault(what, where) {
  const trace = crashTrace(new Error().stack);
  const helper = trace.length ? trace[0].match(/SAFE_HEAP_(LOAD|STORE)_\w+?_(\d+)_/) : null;
  const access = helper ? `${helper[1] == 'LOAD' ? 'load' : 'store'} of ${helper[2]} bytes` : 'access';
  const frames = trace.filter((line) => !/ at SAFE_HEAP_/.test(line));
  const place = frames.length ? ` in ${frames[0].trim().split(' ')[1]}` : '';
  report(`${what}: ${access} ${where}${place}`);
  for (const line of frames) report(line);
  throw new ExitStatus(139);
}
