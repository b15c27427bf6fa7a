// hello-O1.js: runs hello-O1.wasm in Node, a page or require() (wasmcc 0.1.0).
'use strict';
var Module = typeof Module != 'undefined' ? Module : {};
((Module) => {
  const scriptPath = typeof __filename != 'undefined' ? __filename : globalThis.document?.currentScript?.src || '';
  const isMainScript = typeof module != 'undefined' && require.main === module;
  const wasmFile = "hello-O1.wasm";
  const settings = {"exitRuntime":true};

const isNode = typeof process == 'object' && !!process.versions?.node;

function wasmBytesNode() {
  return require('fs').readFileSync(require('path').join(scriptPath, '..', wasmFile));
}

function loadWasmNode(imports) {
  return WebAssembly.instantiate(wasmBytesNode(), imports);
}

function loadWasmWeb(imports) {
  const dir = (scriptPath || location.href).replace(/[^/]*$/, '');
  const url = new URL(Module.locateFile ? Module.locateFile(wasmFile, dir) : dir + encodeURIComponent(wasmFile), location.href);
  Module.setStatus?.(`Downloading ${wasmFile}...`);
  return fetch(url).then(
    (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
      if (typeof downloadProgress == 'function') response = downloadProgress(response);
      return response.headers.get('content-type')?.startsWith('application/wasm')
        ? WebAssembly.instantiateStreaming(response, imports)
        : response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports));
    },
    (e) => {
      throw new Error(`${e.message} (${url})`);
    }
  );
}

const loadWasm = isNode ? loadWasmNode : loadWasmWeb;

const printPending = ['', '', ''];
const printDecoders = [0, 1, 2].map(() => new TextDecoder());
function printLine(fd, line) {
  globalThis.wasmccTap?.(fd === 1 ? 'stdout' : 'stderr', line);
  if (typeof terminal == 'object' && terminal.active) return;
  const print = fd === 1 ? Module.print || console.log : Module.printErr || console.error;
  print(line);
}
function printBytes(fd, bytes) {
  const lines = (printPending[fd] + printDecoders[fd].decode(bytes, { stream: true })).split('\n');
  printPending[fd] = lines.pop();
  for (const line of lines) printLine(fd, line);
}
function flushPrint() {
  for (const fd of [1, 2]) if (printPending[fd]) printLine(fd, printPending[fd]);
  printPending[1] = printPending[2] = '';
}

function waitForPipe() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

class ExitStatus {
  constructor(status) {
    this.status = status;
  }
}

function writeStdio(fd, bytes) {
  if (typeof terminal == 'object' && terminal.active) {
    terminal.write(fd, bytes);
    printBytes(fd, bytes);
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
      if (e.code === 'EPIPE') throw new ExitStatus(141);
      if (e.code !== 'EAGAIN') throw e;
      waitForPipe();
    }
  }
  return bytes.length;
}

function report(message) {
  writeStdio(2, new TextEncoder().encode(message + '\n'));
}

function endProgram(status) {
  flushPrint();
  if (typeof terminal == 'object') terminal.end();
  globalThis.wasmccTap?.('exit', status);
  Module.onExit?.(status);
  if (isNode && isMainScript) process.exit(status);
}

let wasmExports;
let wasmMemory;
let wasmModule;

function crashTrace(stack) {
  const frames = [];
  for (const m of String(stack).matchAll(/at (?:(.+?) \()?wasm:\/\/[^\s)]*:wasm-function\[(\d+)\]:0x([0-9a-f]+)/g)) {
    const name = m[1] ? m[1].replace(/^(?:\S*\.wasm\.)?\$?/, '') : `wasm-function[${m[2]}]`;
    const place = typeof crashPlace == 'function' ? crashPlace(parseInt(m[3], 16)) : '';
    frames.push({ name, line: `    at ${name}${place ? ` (${place})` : ''} [${wasmFile}+0x${m[3]}]` });
  }
  return frames;
}

function exitStatusOf(e) {
  if (typeof stackChecks == 'object') e = stackChecks.explain(e);
  if (e instanceof ExitStatus) return e.status;
  const end = typeof uncaughtException == 'function' ? uncaughtException(e) : undefined;
  if (end !== undefined) return exitStatusOf(end);
  if (!(e instanceof WebAssembly.RuntimeError || e instanceof RangeError)) {
    report(`wasmcc runtime error: ${e?.stack || e}`);
    if (isNode && !isMainScript) process.exitCode ||= 7;
    return 7;
  }
  const trace = crashTrace(e.stack);
  const why = typeof stackOverflowNote == 'function' ? stackOverflowNote(e) : '';
  report(`wasm trap: ${e.message}${trace.length ? ` in ${trace[0].name}` : ''}${why}`);
  for (const frame of trace) report(frame.line);
  return 1;
}

function start() {
  if (typeof runOnWorker == 'function' && runOnWorker()) return new Promise(() => {});
  runHooks(Module.preInit);
  const data = typeof dataFiles == 'object' ? dataFiles.load() : undefined;
  return Promise.all([instantiate(), data]).then(
    ([{ instance, module }, dataPackage]) => {
      Module.setStatus?.('Running...');
      wasmExports = instance.exports;
      wasmModule = module;
      if (typeof asyncify == 'object') wasmExports = asyncify.instrument(wasmExports);
      wasmMemory = wasmExports.memory;
      Module.wasmExports = Module.asm = wasmExports;
      Module.wasmMemory = wasmMemory;
      attachExports();
      Module.callMain = callMain;
      const prepared = runGuarded(() => {
        if (typeof dataFiles == 'object') dataFiles.install(module, dataPackage);
        runHooks(Module.preRun);
        return true;
      });
      if (prepared !== true) return Module;
      if (typeof runDependencies == 'object' && runDependencies.count > 0) {
        runDependencies.then = run;
      } else {
        run();
      }
      return Module;
    },
    (e) => {
      report(`wasmcc: cannot load ${e?.file || wasmFile}: ${e?.message || e}`);
      endProgram(1);
      throw e;
    }
  );
}
function instantiate() {
  if (Module.instantiateWasm) {
    return new Promise((resolve) => {
      Module.instantiateWasm(wasmImports, (instance, module) => resolve({ instance, module }));
    });
  }
  if (Module.wasmBinary) return WebAssembly.instantiate(Module.wasmBinary, wasmImports);
  const handed = typeof moduleFromMainThread == 'function' && moduleFromMainThread(wasmImports);
  if (handed) return handed;
  return loadWasm(wasmImports);
}
function run() {
  runGuarded(() => {
    if (typeof stackChecks == 'object') stackChecks.start();
    wasmExports._initialize?.();
    Module.onRuntimeInitialized?.();
    if (wasmExports.__main_void && !Module.noInitialRun && settings.invokeRun !== false) callMain();
  });
}
function callMain(args) {
  if (args) Module.arguments = args;
  return runGuarded(() => {
    const status = wasmExports.__main_void();
    if (typeof asyncify == 'object' && asyncify.sleeping) return asyncify.later(mainEnded);
    return mainEnded(status);
  });
}
function mainEnded(status) {
  if (typeof stackChecks == 'object') stackChecks.check();
  runHooks(Module.postRun);
  if (typeof liveRuntime == 'object' && liveRuntime.keepsAlive(status)) return status;
  if (settings.exitRuntime) wasmExports.exit(status);
  endProgram(status);
  return status;
}
function runGuarded(f) {
  try {
    return f();
  } catch (e) {
    if (e === 'unwind') return undefined;
    const status = exitStatusOf(e);
    endProgram(status);
    return status;
  }
}
function runHooks(hooks) {
  for (const hook of [].concat(hooks || [])) hook(Module);
}

function proc_exit(status) {
  throw new ExitStatus(status);
}

const stdioClosed = [false, false, false];
function isStdio(fd) {
  return fd >= 0 && fd <= 2 && !stdioClosed[fd];
}

let memU8 = new Uint8Array(0);
let memView;
function u8() {
  if (memU8.length === 0) {
    memU8 = new Uint8Array(wasmMemory.buffer);
    memView = new DataView(wasmMemory.buffer);
  }
  return memU8;
}
function dv() {
  u8();
  return memView;
}

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

function fd_seek(fd) {
  return isStdio(fd) ? 70 : 8;
}

function fd_close(fd) {
  if (!isStdio(fd)) return 8;
  stdioClosed[fd] = true;
  return 0;
}

function isatty(fd) {
  return !isNode || require('tty').isatty(fd);
}

function writeFdstat(ptr, filetype, append, tty) {
  const v = dv();
  v.setUint8(ptr, filetype);
  v.setUint16(ptr + 2, append ? 1 : 0, true);
  v.setBigUint64(ptr + 8, tty ? 0x3fffffdbn : 0x3fffffffn, true);
  v.setBigUint64(ptr + 16, 0x3fffffffn, true);
}

function fd_fdstat_get(fd, statPtr) {
  if (!isStdio(fd)) return 8;
  writeFdstat(statPtr, 2, false, isatty(fd));
  return 0;
}

function attachExports() {
  Module._main = () => wasmExports.__main_void();
}

  const wasmImports = {
  wasi_snapshot_preview1: { fd_close, fd_fdstat_get, fd_seek, fd_write, proc_exit },
};
  start().catch(() => {});

})(Module);
if (typeof module != 'undefined') module.exports = Module;
