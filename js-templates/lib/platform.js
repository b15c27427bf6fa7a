// The host the program runs on: Node, or a web page. Each capability (writing
// stdout, reading stdin, loading the module, ending the program) is an item of
// its own, so a program carries only the ones it uses. `isNode` is fixed by
// -sENVIRONMENT, or decided when the script starts when both are allowed.

//! isNode [node]
const isNode = true;

//! isNode [web]
const isNode = false;

//! isNode [any]
const isNode = typeof process == 'object' && !!process.versions?.node;

//! printLines
/**
 * Output for Module.print and Module.printErr (console.log and console.error
 * in a page by default), which take whole lines: a partial line waits for
 * the rest, or for the end of the program.
 */
const printPending = ['', '', ''];
const printDecoders = [0, 1, 2].map(() => new TextDecoder());
function printLine(fd, line) {
  // wasmrun, which runs pages in a browser, listens here.
  globalThis.wasmccTap?.(fd === 1 ? 'stdout' : 'stderr', line);
  // A page's terminal shows the text itself; the observer still gets the lines.
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

//! writeStdio needs: isNode, printLines, waitForPipe, ExitStatus
/** Writes to stdout (1) or stderr (2): Node's, or Module.print and Module.printErr. */
function writeStdio(fd, bytes) {
  // A page's terminal (terminal.js) shows the bytes, escapes and all; the
  // observer (wasmrun) still gets them a line at a time.
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
      // The reader has gone (`prog | head`): a native program dies of
      // SIGPIPE there, quietly, with the status a shell shows (128 + 13).
      if (e.code === 'EPIPE') throw new ExitStatus(141);
      if (e.code !== 'EAGAIN') throw e;
      waitForPipe();
    }
  }
  return bytes.length;
}

//! readStdin needs: isNode, waitForPipe
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

//! waitForPipe
/** Node: a non-blocking pipe is full or empty; the other end gets a millisecond. */
function waitForPipe() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

//! isatty needs: isNode
/** Whether `fd` is a terminal. A page's console counts as one. */
function isatty(fd) {
  return !isNode || require('tty').isatty(fd);
}

//! report needs: writeStdio
/** A message of the runtime's own, on stderr. */
function report(message) {
  writeStdio(2, new TextEncoder().encode(message + '\n'));
}

//! endProgram needs: isNode, printLines
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

//! loadWasm [node] needs: loadWasmNode
const loadWasm = loadWasmNode;

//! loadWasm [web] needs: loadWasmWeb
const loadWasm = loadWasmWeb;

//! loadWasm [any] needs: isNode, loadWasmNode, loadWasmWeb
const loadWasm = isNode ? loadWasmNode : loadWasmWeb;

//! loadWasmNode needs: wasmBytesNode
/** Node: the module from beside the script. */
function loadWasmNode(imports) {
  return WebAssembly.instantiate(wasmBytesNode(), imports);
}

//! loadWasmWeb
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

//! loadWasm [embedded] needs: isNode, wasmBytesNode
/** -sSINGLE_FILE: the module's bytes, carried in this script as base64. */
function loadWasm(imports) {
  const text = settings.wasmBase64;
  const bytes = isNode ? wasmBytesNode() : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return WebAssembly.instantiate(bytes, imports);
}

//! compilationHints [main] needs: isNode
// Node: a wasm function starts in V8's baseline tier and gets optimised code
// only from a later call on, so a function entered once that loops for long
// (main's loop, an interpreter's dispatch loop) would stay slow. The module
// names those functions (driver/tiering.rs, -sNODE_OPTIMIZE_AT_LOAD) for V8 to
// optimise before the program starts; V8 11 and 12 (Node 20 and 22) read the
// names behind this flag, and other versions would print an error for it.
// V8's flags are the whole process's: a host program that require()s or
// imports the module keeps its own.
if (isNode && isMainScript && /^1[12]\./.test(process.versions.v8)) {
  require('v8').setFlagsFromString('--experimental-wasm-compilation-hints');
}

//! compilationHints [worker] needs: isNode
/**
 * As the [main] variant, for a program that runs on a worker (runOnWorker):
 * the flag is turned on when the script loads and off once the module's
 * compile has started (a compile takes V8's flags when it starts), before
 * the worker starts. A worker boots from Node's code cache, keyed by V8's
 * flags, only if they are as Node's own start left them: 35 ms instead of 80.
 */
function compilationHints(on) {
  if (isNode && isMainScript && /^1[12]\./.test(process.versions.v8)) {
    require('v8').setFlagsFromString(`--${on ? '' : 'no-'}experimental-wasm-compilation-hints`);
  }
}
compilationHints(true);

//! downloadProgress
/**
 * The response, counted as it arrives for Module.setStatus (the page's
 * status line). The module and a data package download at once; the status
 * counts the bytes of both.
 */
const downloads = new Map();
function downloadProgress(response, name = wasmFile) {
  const total = Number(response.headers.get('content-length'));
  if (!(total > 0) || !response.body || !Module.setStatus) return response;
  const reader = response.body.getReader();
  const counts = { loaded: 0, total };
  downloads.set(name, counts);
  const body = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      counts.loaded = Math.min(total, counts.loaded + value.length);
      let loaded = 0;
      let all = 0;
      for (const c of downloads.values()) {
        loaded += c.loaded;
        all += c.total;
      }
      Module.setStatus(`Downloading ${[...downloads.keys()].join(', ')}... (${loaded}/${all})`);
      controller.enqueue(value);
    },
  });
  return new Response(body, { headers: response.headers });
}

//! runOnWorker needs: isNode, wasmBytesNode, moduleFromMainThread
/**
 * Run as `node prog.js`, a program that can recurse gets a thread of its own:
 * Node's main thread allows about 1 MB of stack, where native programs get
 * 8 MB, and recursion in wasm uses it. True when a worker took over.
 */
function runOnWorker() {
  if (!isNode || !isMainScript) return false;
  const threads = require('worker_threads');
  if (!threads.isMainThread || process.env.WASMCC_NO_WORKER) return false;
  // A worker takes 35 ms or more to start (80 ms if V8's flags differ from
  // those Node started with, as Node then compiles its own code afresh): the
  // module compiles here meanwhile, started first so that V8's flags can be
  // put back (compilationHints), and the worker takes it compiled
  // (moduleFromMainThread).
  const handOver = !Module.wasmBinary && !Module.instantiateWasm;
  const compiled = handOver && new Promise((resolve) => resolve(WebAssembly.compile(wasmBytesNode())));
  if (typeof compilationHints == 'function') compilationHints(false);
  const worker = new threads.Worker(scriptPath, {
    argv: process.argv.slice(2),
    resourceLimits: { stackSizeMb: settings.threadStackMb },
    workerData: { wasmccModule: handOver },
  });
  if (compiled) {
    compiled.then(
      (module) => worker.postMessage({ module }),
      (e) => worker.postMessage({ error: `${e?.message || e}` })
    );
  }
  worker.on('error', (e) => {
    require('fs').writeSync(2, `${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
  worker.on('exit', (status) => {
    if (process.exitCode === undefined) process.exitCode = status;
  });
  return true;
}

//! moduleFromMainThread needs: isNode
/**
 * On the worker runOnWorker started: the instance of the module the main
 * thread compiled, or undefined elsewhere.
 */
function moduleFromMainThread(imports) {
  const threads = isNode && require('worker_threads');
  if (!threads || threads.isMainThread || !threads.workerData?.wasmccModule) return undefined;
  return new Promise((resolve, reject) => {
    threads.parentPort.once('message', (m) => (m.module ? resolve(m.module) : reject(new Error(m.error))));
  }).then((module) => WebAssembly.instantiate(module, imports).then((instance) => ({ instance, module })));
}

//! wasmBytesNode [file]
/** Node: the module's bytes, from beside the script. */
function wasmBytesNode() {
  return require('fs').readFileSync(require('path').join(scriptPath, '..', wasmFile));
}

//! wasmBytesNode [embedded]
/** Node: the module's bytes, carried in this script as base64 (-sSINGLE_FILE). */
function wasmBytesNode() {
  return Buffer.from(settings.wasmBase64, 'base64');
}
