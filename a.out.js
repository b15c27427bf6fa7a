// a.out.js: runs a.out.wasm in Node, a page or require() (wasmcc 0.1.0).
'use strict';
var Module = typeof Module != 'undefined' ? Module : {};
((Module) => {
  const scriptPath = typeof __filename != 'undefined' ? __filename : globalThis.document?.currentScript?.src || '';
  const isMainScript = typeof module != 'undefined' && require.main === module;
  const wasmFile = "a.out.wasm";
  const settings = {"exitRuntime":true};

/**
 * A runtime method that was not exported throws an error naming the flag
 * that exports it, instead of "not a function".
 */
function guardRuntimeMethods(names) {
  for (const name of names.split(' ')) {
    if (name in Module) continue;
    Object.defineProperty(Module, name, {
      configurable: true,
      get() {
        throw new Error(`'${name}' was not exported: add it to -sEXPORTED_RUNTIME_METHODS`);
      },
    });
  }
}

const isNode = typeof process == 'object' && !!process.versions?.node;

// Node: a wasm function starts in V8's baseline tier and stays there while it
// runs, so a long loop in main would stay slow; the flag, set before the
// module is compiled, compiles the optimised code at once (-sNODE_OPTIMIZE_AT_LOAD).
if (isNode) require('v8').setFlagsFromString('--no-liftoff');

/** Node: the module from beside the script. */
function loadWasmNode(imports) {
  const bytes = require('fs').readFileSync(require('path').join(scriptPath, '..', wasmFile));
  return WebAssembly.instantiate(bytes, imports);
}

/** A page: the module fetched from beside the script (Module.locateFile may say otherwise). */
function loadWasmWeb(imports) {
  const dir = (scriptPath || location.href).replace(/[^/]*$/, '');
  // The file's name is one URL path segment: a '#', '?' or '%' in it is not URL syntax.
  const url = new URL(Module.locateFile ? Module.locateFile(wasmFile, dir) : dir + encodeURIComponent(wasmFile), location.href);
  Module.setStatus?.(`Downloading ${wasmFile}...`);
  return fetch(url).then(
    (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
      if (typeof downloadProgress == 'function') response = downloadProgress(response);
      // Compiling as the bytes arrive needs the wasm type; from other servers the bytes are compiled whole.
      return response.headers.get('content-type')?.startsWith('application/wasm')
        ? WebAssembly.instantiateStreaming(response, imports)
        : response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports));
    },
    // The HTML shell explains a page opened as a file, which cannot fetch.
    (e) => {
      throw new Error(`${e.message} (${url})`);
    }
  );
}

const loadWasm = isNode ? loadWasmNode : loadWasmWeb;

/**
 * Output for Module.print and Module.printErr (console.log and console.error
 * in a page by default), which take whole lines: a partial line waits for
 * the rest, or for the end of the program.
 */
const printPending = ['', '', ''];
const printDecoders = [0, 1, 2].map(() => new TextDecoder());
function printLine(fd, line, show = true) {
  // wasmrun, which runs pages in a browser, listens here.
  globalThis.wasmccTap?.(fd === 1 ? 'stdout' : 'stderr', line);
  if (!show) return;
  const print = fd === 1 ? Module.print || console.log : Module.printErr || console.error;
  print(line);
}
function printBytes(fd, bytes, show = true) {
  const lines = (printPending[fd] + printDecoders[fd].decode(bytes, { stream: true })).split('\n');
  printPending[fd] = lines.pop();
  for (const line of lines) printLine(fd, line, show);
}
function flushPrint() {
  // A page's terminal has shown the text already; the observer gets the last lines.
  const show = !(typeof terminal == 'object' && terminal.active);
  for (const fd of [1, 2]) if (printPending[fd]) printLine(fd, printPending[fd], show);
  printPending[1] = printPending[2] = '';
}

/** Node: a non-blocking pipe is full or empty; the other end gets a millisecond. */
function waitForPipe() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

/** Thrown by proc_exit to unwind the program; the runtime catches it. */
class ExitStatus {
  constructor(status) {
    this.status = status;
  }
}

/** Writes to stdout (1) or stderr (2): Node's, or Module.print and Module.printErr. */
function writeStdio(fd, bytes) {
  // A page's terminal (terminal.js) shows the bytes, escapes and all; the
  // observer (wasmrun) still gets them a line at a time.
  if (typeof terminal == 'object' && terminal.active) {
    terminal.write(fd, bytes);
    printBytes(fd, bytes, false);
    return bytes.length;
  }
  if (!isNode || (fd === 1 ? Module.print : Module.printErr)) {
    printBytes(fd, bytes);
    return bytes.length;
  }
  for (let off = 0; off < bytes.length; ) {
    try {
      off += require('fs').writeSync(fd, bytes, off);
    } catch (e) {
      // The reader has gone (`prog | head`): a native program dies of
      // SIGPIPE there, quietly, with the status a shell shows (128 + 13).
      if (e.code === 'EPIPE') throw new ExitStatus(141);
      if (e.code !== 'EAGAIN') throw e;
      waitForPipe();
    }
  }
  return bytes.length;
}

/** A message of the runtime's own, on stderr. */
function report(message) {
  writeStdio(2, new TextEncoder().encode(message + '\n'));
}

/**
 * Ends the program with `status`: the last partial lines are printed,
 * Module.onExit is told, and in Node the process ends, unless the script was
 * loaded by another one, whose process the program never ends.
 */
function endProgram(status) {
  flushPrint();
  if (typeof terminal == 'object') terminal.end();
  globalThis.wasmccTap?.('exit', status);
  Module.onExit?.(status);
  if (isNode && isMainScript) process.exit(status);
}

/** The instance's exports and memory, set once the module is instantiated. */
let wasmExports;
let wasmMemory;
// The compiled module, whose custom sections a crash report reads.
let wasmModule;

/** Without -g the module has no line table: frames show names only. */
function crashPlace(offset) {
  return '';
}

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

/**
 * The status a value thrown out of wasm ends the program with: exit()'s, or
 * 1 for a trap and 7 for a failure of the runtime's, each reported in one
 * line that names the wasm function of a trap.
 */
function exitStatusOf(e) {
  if (e instanceof ExitStatus) return e.status;
  if (!(e instanceof WebAssembly.RuntimeError || e instanceof RangeError)) {
    report(`wasmcc runtime error: ${e?.stack || e}`);
    return 7;
  }
  // V8 writes a wasm frame as "at [file.wasm.]NAME (wasm://...)", or without
  // a name section as "at wasm://...:wasm-function[N]:0x...".
  const frame = String(e.stack).match(/at (?:\S*\.wasm\.)?\$?(\S+) \(wasm:|(wasm-function\[\d+\])/);
  report(`wasm trap: ${e.message}${frame ? ` in ${frame[1] || frame[2]}` : ''}`);
  // The call chain, innermost first, with files and lines in a -g build.
  for (const line of crashTrace(e.stack)) report(line);
  return 1;
}

function start() {
  // The driver includes runOnWorker for a program that can recurse deeply.
  if (typeof runOnWorker == 'function' && runOnWorker()) return new Promise(() => {});
  // Data files (--preload-file) download alongside the module.
  const data = typeof dataFiles == 'object' ? dataFiles.load() : undefined;
  return Promise.all([loadWasm(wasmImports), data]).then(
    ([{ instance, module }, dataPackage]) => {
      Module.setStatus?.('Running...');
      wasmExports = instance.exports;
      wasmModule = module;
      // -sASYNCIFY: calls into C may sleep (js-templates/lib/asyncify.js).
      if (typeof asyncify == 'object') wasmExports = asyncify.instrument(wasmExports);
      wasmMemory = wasmExports.memory;
      // Emscripten's handles on the instance: Module.asm is the older name of wasmExports.
      Module.wasmExports = Module.asm = wasmExports;
      Module.wasmMemory = wasmMemory;
      attachExports();
      Module.callMain = callMain;
      runGuarded(() => {
        if (typeof dataFiles == 'object') dataFiles.install(module, dataPackage);
        runHooks(Module.preRun);
        // -sSTACK_OVERFLOW_CHECK: binaryen's StackCheck learns the stack's bounds.
        wasmExports.__set_stack_limits?.(wasmExports.emscripten_stack_get_base(), wasmExports.emscripten_stack_get_end());
        // A module linked with -nostartfiles may have no _initialize.
        wasmExports._initialize?.();
        // An error thrown here ends the program before main, as with emcc.
        Module.onRuntimeInitialized?.();
        // -sINVOKE_RUN=0 leaves main to Module.callMain, as Module.noInitialRun does.
        if (wasmExports.__main_void && !Module.noInitialRun && settings.invokeRun !== false) callMain();
      });
      return Module;
    },
    (e) => {
      report(`wasmcc: cannot load ${e?.file || wasmFile}: ${e?.message || e}`);
      endProgram(1);
      throw e;
    }
  );
}

/** Runs `main` with `args` (Module.arguments by default) and ends the program with its status. */
function callMain(args) {
  if (args) Module.arguments = args;
  return runGuarded(() => {
    const status = wasmExports.__main_void();
    // -sASYNCIFY: main is asleep; it ends later, through the same steps.
    if (typeof asyncify == 'object' && asyncify.sleeping) return asyncify.later(mainEnded);
    return mainEnded(status);
  });
}

/** What follows main's return: postRun, then exit unless a main loop keeps the program alive. */
function mainEnded(status) {
  runHooks(Module.postRun);
  // A main loop set by the program keeps it running; the loop ends it later.
  if (typeof liveRuntime == 'object' && liveRuntime.keepsAlive(status)) return status;
  // exit() runs the atexit handlers, flushes stdio and calls proc_exit.
  if (settings.exitRuntime) wasmExports.exit(status);
  endProgram(status);
  return status;
}

/**
 * Runs wasm code. Returns what `f` returns, or ends the program and returns
 * its status when the code exits or fails.
 */
function runGuarded(f) {
  try {
    return f();
  } catch (e) {
    // Main unwound to leave the program running in its callbacks (a main loop).
    if (e === 'unwind') return undefined;
    const status = exitStatusOf(e);
    endProgram(status);
    return status;
  }
}

/** Calls a Module hook: a function, or an array of functions run in order. */
function runHooks(hooks) {
  for (const hook of [].concat(hooks || [])) hook(Module);
}

function proc_exit(status) {
  throw new ExitStatus(status);
}

/** The stdio descriptors the program has closed: a closed one is EBADF (8), as natively. */
const stdioClosed = [false, false, false];
function isStdio(fd) {
  return fd >= 0 && fd <= 2 && !stdioClosed[fd];
}

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

/** The buffers of an iovec array, as views of memory. */
function iovecs(iovs, count) {
  const v = dv();
  const bytes = u8();
  const out = [];
  for (let i = 0; i < count; i++) {
    const ptr = v.getUint32(iovs + i * 8, true);
    const len = v.getUint32(iovs + i * 8 + 4, true);
    out.push(bytes.subarray(ptr, ptr + len));
  }
  return out;
}

function fd_write(fd, iovs, count, nwrittenPtr) {
  if (!isStdio(fd)) return 8;
  let total = 0;
  for (const buf of iovecs(iovs, count)) total += writeStdio(fd, buf);
  dv().setUint32(nwrittenPtr, total, true);
  return 0;
}

/**
 * Reads stdin: Node's, a page's terminal (which may wait for keys, in the
 * read's first buffer only: `mayWait`), or in a page Module.stdin(), a
 * function that returns one byte at a time and null at the end, read a line
 * at a time.
 */
function readStdin(bytes, mayWait = true) {
  if (typeof terminal == 'object' && terminal.active) return terminal.read(bytes, mayWait);
  if (!isNode) {
    if (typeof Module.stdin != 'function') return 0;
    let n = 0;
    while (n < bytes.length) {
      const c = Module.stdin();
      if (c === null || c === undefined) break;
      bytes[n++] = c;
      if (c === 10) break;
    }
    return n;
  }
  const fs = require('fs');
  for (;;) {
    try {
      return fs.readSync(0, bytes, 0, bytes.length, null);
    } catch (e) {
      if (e.code === 'EOF') return 0;
      if (e.code !== 'EAGAIN') throw e;
      waitForPipe();
    }
  }
}

function fd_read(fd, iovs, count, nreadPtr) {
  if (!isStdio(fd)) return 8;
  let total = 0;
  // Only stdin has anything to read.
  for (const buf of fd === 0 ? iovecs(iovs, count) : []) {
    const n = readStdin(buf, total === 0);
    total += n;
    if (n < buf.length) break;
  }
  dv().setUint32(nreadPtr, total, true);
  return 0;
}

/** stdio is a pipe or a terminal here, which cannot seek (ESPIPE, 70). */
function fd_seek(fd) {
  return isStdio(fd) ? 70 : 8;
}

function fd_close(fd) {
  if (!isStdio(fd)) return 8;
  stdioClosed[fd] = true;
  return 0;
}

function attachExports() {
  Module._main = () => wasmExports.__main_void();
  guardRuntimeMethods('ccall cwrap UTF8ToString stringToUTF8 lengthBytesUTF8 getValue setValue stackSave stackRestore stackAlloc HEAP8 HEAPU8 HEAP16 HEAPU16 HEAP32 HEAPU32 HEAPF32 HEAPF64 FS');
}

  const wasmImports = {
  wasi_snapshot_preview1: { fd_close, fd_read, fd_seek, fd_write, proc_exit },
};
  start().catch(() => {});

})(Module);
if (typeof module != 'undefined') module.exports = Module;
