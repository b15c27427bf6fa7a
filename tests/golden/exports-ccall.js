// exports-ccall.js: runs exports-ccall.wasm in Node, a page or require() (wasmcc 0.1.0).
'use strict';
var Module = typeof Module != 'undefined' ? Module : {};
((Module) => {
  const scriptPath = typeof __filename != 'undefined' ? __filename : globalThis.document?.currentScript?.src || '';
  const isMainScript = typeof module != 'undefined' && require.main === module;
  const wasmFile = "exports-ccall.wasm";
  const settings = {"exitRuntime":true};

let wasmExports;
let wasmMemory;
let wasmModule;

function stackSave() {
  return wasmExports.__stack_pointer.value;
}
function stackRestore(sp) {
  wasmExports.__stack_pointer.value = sp;
}
function stackAlloc(size) {
  const sp = (stackSave() - size) & -16;
  stackRestore(sp);
  return sp;
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

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
function readCString(ptr) {
  const bytes = u8();
  let end = ptr;
  while (bytes[end]) end++;
  return utf8Decoder.decode(bytes.subarray(ptr, end));
}
function readString(ptr, len) {
  return utf8Decoder.decode(u8().subarray(ptr, ptr + len));
}

function UTF8ToString(ptr, maxBytes) {
  if (!ptr) return '';
  const bytes = u8();
  const limit = maxBytes === undefined ? bytes.length : Math.min(bytes.length, ptr + maxBytes);
  let end = ptr;
  while (end < limit && bytes[end]) end++;
  return utf8Decoder.decode(bytes.subarray(ptr, end));
}

function stringToUTF8(str, ptr, maxBytes) {
  if (maxBytes === undefined) maxBytes = 0x7fffffff;
  if (maxBytes <= 0) return 0;
  const { written } = utf8Encoder.encodeInto(str, u8().subarray(ptr, ptr + maxBytes - 1));
  u8()[ptr + written] = 0;
  return written;
}

function lengthBytesUTF8(str) {
  return utf8Encoder.encode(str).length;
}

function ccall(name, returnType, argTypes, args, opts) {
  argTypes = argTypes || [];
  args = args || [];
  opts = opts || {};
  const f = wasmExports[name];
  if (typeof f != 'function') throw new Error(`ccall: '${name}' is not an exported C function (export it with -sEXPORTED_FUNCTIONS=_${name} or EMSCRIPTEN_KEEPALIVE)`);
  const sp = stackSave();
  let restoreLater = false;
  try {
    const cArgs = args.map((arg, i) => {
      switch (argTypes[i]) {
        case 'string': {
          if (arg === null || arg === undefined) return 0;
          const size = lengthBytesUTF8(arg) + 1;
          const ptr = stackAlloc(size);
          stringToUTF8(arg, ptr, size);
          return ptr;
        }
        case 'array': {
          const ptr = stackAlloc(arg.length);
          u8().set(arg, ptr);
          return ptr;
        }
        case 'boolean':
          return arg ? 1 : 0;
        default:
          return arg;
      }
    });
    const result = f(...cArgs);
    if (opts.async) {
      const slept = typeof asyncify == 'object' && asyncify.sleeping;
      restoreLater = slept;
      const done = slept ? asyncify.claim() : Promise.resolve(result);
      return done.then(convertResult).finally(() => slept && stackRestore(sp));
    }
    return convertResult(result);
  } finally {
    if (!restoreLater) stackRestore(sp);
  }
  function convertResult(result) {
    switch (returnType) {
      case 'string':
        return UTF8ToString(result);
      case 'boolean':
        return Boolean(result);
      case null:
      case 'null':
      case 'void':
        return undefined;
      default:
        return result;
    }
  }
}

function cwrap(name, returnType, argTypes, opts) {
  return (...args) => ccall(name, returnType, argTypes, args, opts);
}

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

const loadWasm = loadWasmWeb;

const isNode = false;

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

function stackOverflowNote(e) {
  const sp = wasmExports?.__stack_pointer;
  const overflow =
    sp instanceof WebAssembly.Global && e.message.includes('out of bounds') && sp.value >>> 0 >= wasmMemory.buffer.byteLength;
  return overflow ? ' (stack overflow: the program needs more C stack than -sSTACK_SIZE gives it)' : '';
}

function attachExports() {
  Module._add = wasmExports.add;
  Module.ccall = ccall;
  Module.cwrap = cwrap;
  guardRuntimeMethods('UTF8ToString stringToUTF8 lengthBytesUTF8 getValue setValue stackSave stackRestore stackAlloc HEAP8 HEAPU8 HEAP16 HEAPU16 HEAP32 HEAPU32 HEAPF32 HEAPF64 FS IDBFS MEMFS NODEFS addRunDependency removeRunDependency addFunction removeFunction');
}
for (const name of ['add']) {
  Module['_' + name] ??= () => {
    throw new Error(`native function '${name}' called before the runtime is ready: call it from Module.onRuntimeInitialized or later`);
  };
}

  const wasmImports = {
};
  start().catch(() => {});

})(Module);
if (typeof module != 'undefined') module.exports = Module;
