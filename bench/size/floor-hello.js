// hello.js written by hand as one piece: the floor for readable glue (bench/size/run.sh).
'use strict';
var Module = typeof Module != 'undefined' ? Module : {};
((Module) => {
  const scriptPath = typeof __filename != 'undefined' ? __filename : globalThis.document?.currentScript?.src || '';
  const isMainScript = typeof module != 'undefined' && require.main === module;
  const wasmFile = 'hello.wasm';
  const settings = {"exitRuntime":true};

const isNode = typeof process == 'object' && !!process.versions?.node;

if (isNode) require('v8').setFlagsFromString('--no-liftoff');

function loadWasmNode(imports) {
  const bytes = require('fs').readFileSync(require('path').join(scriptPath, '..', wasmFile));
  return WebAssembly.instantiate(bytes, imports);
}

function loadWasmWeb(imports) {
  const dir = (scriptPath || location.href).replace(/[^/]*$/, '');
  const url = new URL(Module.locateFile ? Module.locateFile(wasmFile, dir) : dir + wasmFile, location.href);
  Module.setStatus?.(`Downloading ${wasmFile}...`);
  return fetch(url).then(
    (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
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

const pending = ['', '', ''];
const decoders = [0, 1, 2].map(() => new TextDecoder());
function printLine(fd, line) {
  (fd === 1 ? Module.print || console.log : Module.printErr || console.error)(line);
}
function writeStdio(fd, bytes) {
  // A page, or Module.print: whole lines. Node: the bytes as they are.
  if (!isNode || (fd === 1 ? Module.print : Module.printErr)) {
    const lines = (pending[fd] + decoders[fd].decode(bytes, { stream: true })).split('\n');
    pending[fd] = lines.pop();
    lines.forEach((line) => printLine(fd, line));
    return bytes.length;
  }
  for (let off = 0; off < bytes.length; ) {
    try {
      off += require('fs').writeSync(fd, bytes, off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
  return bytes.length;
}

function endProgram(status) {
  for (const fd of [1, 2]) if (pending[fd]) printLine(fd, pending[fd]);
  pending[1] = pending[2] = '';
  Module.onExit?.(status);
  if (isNode && isMainScript) process.exit(status);
}

let wasmExports;
let wasmMemory;

function describeFailure(e) {
  if (!(e instanceof WebAssembly.RuntimeError || e instanceof RangeError)) return `wasmcc runtime error: ${e?.stack || e}`;
  const frame = String(e.stack).match(/at (?:\S*\.wasm\.)?\$?(\S+) \(wasm:|(wasm-function\[\d+\])/);
  return `wasm trap: ${e.message}${frame ? ` in ${frame[1] || frame[2]}` : ''}`;
}

function report(message) {
  writeStdio(2, new TextEncoder().encode(message + '\n'));
}

function start() {
  return loadWasm(wasmImports).then(
    ({ instance }) => {
      wasmExports = instance.exports;
      wasmMemory = wasmExports.memory;
      Module.setStatus?.('Running...');
      Module.callMain = callMain;
      run(() => {
        runHooks(Module.preRun);
        wasmExports._initialize();
        Module.onRuntimeInitialized?.();
        if (!Module.noInitialRun) callMain();
      });
      return Module;
    },
    (e) => {
      report(`wasmcc: cannot load ${wasmFile}: ${e?.message || e}`);
      endProgram(1);
      throw e;
    }
  );
}
function callMain(args) {
  if (args) Module.arguments = args;
  return run(() => {
    const status = wasmExports.__main_void();
    runHooks(Module.postRun);
    if (settings.exitRuntime) wasmExports.exit(status);
    endProgram(status);
    return status;
  });
}
function run(f) {
  let status;
  try {
    return f();
  } catch (e) {
    if (e === 'unwind') return;
    status = e.exitStatus;
    if (status === undefined) {
      report(describeFailure(e));
      status = e instanceof WebAssembly.RuntimeError || e instanceof RangeError ? 1 : 7;
    }
  }
  endProgram(status);
  return status;
}
function runHooks(hooks) {
  [].concat(hooks || []).forEach((hook) => hook(Module));
}

function proc_exit(status) {
  throw { exitStatus: status };
}

const closed = [];
const isStdio = (fd) => fd >= 0 && fd <= 2 && !closed[fd];
const view = () => new DataView(wasmMemory.buffer);

function fd_write(fd, iovs, count, nwrittenPtr) {
  if (!isStdio(fd)) return 8;
  const v = view();
  let total = 0;
  for (let i = 0; i < count; i++) {
    const ptr = v.getUint32(iovs + i * 8, true);
    total += writeStdio(fd, new Uint8Array(wasmMemory.buffer, ptr, v.getUint32(iovs + i * 8 + 4, true)));
  }
  view().setUint32(nwrittenPtr, total, true);
  return 0;
}

function fd_seek(fd) {
  return isStdio(fd) ? 70 : 8;
}

function fd_close(fd) {
  if (!isStdio(fd)) return 8;
  closed[fd] = true;
  return 0;
}

function fd_fdstat_get(fd, statPtr) {
  if (!isStdio(fd)) return 8;
  const v = view();
  v.setUint8(statPtr, 2);
  v.setUint16(statPtr + 2, 0, true);
  v.setBigUint64(statPtr + 8, !isNode || require('tty').isatty(fd) ? 0x3fffffdbn : 0x3fffffffn, true);
  v.setBigUint64(statPtr + 16, 0x3fffffffn, true);
  return 0;
}

  const wasmImports = {
  wasi_snapshot_preview1: { fd_close, fd_fdstat_get, fd_seek, fd_write, proc_exit },
};
  start().catch(() => {});

})(Module);
if (typeof module != 'undefined') module.exports = Module;
