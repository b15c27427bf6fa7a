// The host the program runs on: Node, or a web page. Each capability (writing
// stdout, reading stdin, loading the module, ending the program) is an item of
// its own, so a program carries only the ones it uses. `isNode` is fixed by
// -sENVIRONMENT, or decided when the script starts when both are allowed.

//! isNode [node]
const isNode = true;

//! isNode [web]
const isNode = false;

//! isNode [any]
const isNode = typeof process == 'object' && !!process.versions && !!process.versions.node;

//! printLines
/**
 * Output for Module.print and Module.printErr (console.log and console.error
 * in a page by default), which take whole lines: a partial line waits for
 * the rest, or for the end of the program.
 */
const printPending = ['', '', ''];
const printDecoders = [new TextDecoder(), new TextDecoder(), new TextDecoder()];
function printLine(fd, line) {
  // wasmrun, which runs pages in a browser, listens here.
  if (typeof globalThis.wasmccTap == 'function') globalThis.wasmccTap(fd === 1 ? 'stdout' : 'stderr', line);
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

//! writeStdio needs: isNode, printLines, blockMs
/** Writes to stdout (1) or stderr (2): Node's, or Module.print and Module.printErr. */
function writeStdio(fd, bytes) {
  if (!isNode || (fd === 1 ? Module.print : Module.printErr)) {
    printBytes(fd, bytes);
    return bytes.length;
  }
  const fs = require('fs');
  let off = 0;
  while (off < bytes.length) {
    try {
      off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      // A non-blocking pipe that is full: wait for the reader.
      if (e.code !== 'EAGAIN') throw e;
      blockMs(1);
    }
  }
  return bytes.length;
}

//! readStdin needs: isNode, blockMs
/**
 * Reads stdin: Node's, or in a page Module.stdin(), a function that returns
 * one byte at a time and null at the end, read a line at a time.
 */
function readStdin(bytes) {
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
      blockMs(1);
    }
  }
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
  if (typeof globalThis.wasmccTap == 'function') globalThis.wasmccTap('exit', status);
  if (Module.onExit) Module.onExit(status);
  if (isNode && isMainScript) process.exit(status);
}

//! loadWasm [node] needs: loadWasmNode
const loadWasm = loadWasmNode;

//! loadWasm [web] needs: loadWasmWeb
const loadWasm = loadWasmWeb;

//! loadWasm [any] needs: isNode, loadWasmNode, loadWasmWeb
const loadWasm = isNode ? loadWasmNode : loadWasmWeb;

//! loadWasmNode
/** Node: the module from beside the script (or from the script itself), compiled at once. */
function loadWasmNode(imports) {
  // The flag must be set before the module is compiled.
  if (settings.optimizeAtLoad) require('v8').setFlagsFromString('--no-liftoff');
  return new Promise((resolve) => {
    const path = require('path');
    const bytes = settings.wasmBase64
      ? Buffer.from(settings.wasmBase64, 'base64')
      : require('fs').readFileSync(path.join(path.dirname(scriptPath), wasmFile));
    resolve(new WebAssembly.Instance(new WebAssembly.Module(bytes), imports));
  });
}

//! loadWasmWeb
/** A page: the module fetched from beside the script (Module.locateFile may say otherwise). */
function loadWasmWeb(imports) {
  const setStatus = (text) => Module.setStatus && Module.setStatus(text);
  const running = (result) => {
    setStatus('Running...');
    return result.instance;
  };
  if (settings.wasmBase64) {
    const bytes = Uint8Array.from(atob(settings.wasmBase64), (c) => c.charCodeAt(0));
    return WebAssembly.instantiate(bytes, imports).then(running);
  }
  const base = scriptPath || location.href;
  const dir = base.slice(0, base.lastIndexOf('/') + 1);
  const url = new URL(Module.locateFile ? Module.locateFile(wasmFile, dir) : dir + wasmFile, location.href);
  const fromDisk = url.protocol == 'file:';
  setStatus(`Downloading ${wasmFile}...`);
  return fetch(url, { credentials: 'same-origin' })
    .catch((e) => {
      if (!fromDisk) throw new Error(`${e.message} (${url})`);
      const page = decodeURIComponent(location.pathname.split('/').pop() || 'the page');
      throw new Error(
        `this page was opened from a file (file://), which cannot fetch other files: serve its folder over HTTP ` +
          `(wasmrun ${page}, or python3 -m http.server), or build with -sSINGLE_FILE=1`
      );
    })
    .then((response) => {
      if (!response.ok && !fromDisk) {
        throw new Error(`the server answered ${response.status} ${response.statusText} for ${url}`);
      }
      if (typeof downloadProgress == 'function') response = downloadProgress(response, setStatus);
      const type = response.headers.get('content-type') || '';
      return type.startsWith('application/wasm') && WebAssembly.instantiateStreaming
        ? WebAssembly.instantiateStreaming(response, imports)
        : response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports));
    })
    .then(running);
}

//! downloadProgress
/** The response, counted as it arrives for Module.setStatus (the page's status line). */
function downloadProgress(response, setStatus) {
  const total = Number(response.headers.get('content-length'));
  if (!(total > 0) || !response.body || !Module.setStatus) return response;
  const reader = response.body.getReader();
  let loaded = 0;
  const body = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      loaded = Math.min(total, loaded + value.length);
      setStatus(`Downloading ${wasmFile}... (${loaded}/${total})`);
      controller.enqueue(value);
    },
  });
  return new Response(body, { headers: response.headers });
}

//! runOnWorker needs: isNode
/**
 * Run as `node prog.js`, a program that can recurse gets a thread of its own:
 * Node's main thread allows about 1 MB of stack, where native programs get
 * 8 MB, and recursion in wasm uses it. True when a worker took over.
 */
function runOnWorker() {
  if (!isNode || !isMainScript) return false;
  const threads = require('worker_threads');
  if (!threads.isMainThread || process.env.WASMCC_NO_WORKER) return false;
  const worker = new threads.Worker(scriptPath, {
    argv: process.argv.slice(2),
    resourceLimits: { stackSizeMb: settings.threadStackMb },
  });
  worker.on('error', (e) => {
    require('fs').writeSync(2, `${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
  worker.on('exit', (status) => {
    if (process.exitCode === undefined) process.exitCode = status;
  });
  return true;
}
