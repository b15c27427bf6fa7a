// The platform the program runs on. `platform` is one of three variants,
// chosen by -sENVIRONMENT: Node only, the web only, or either, decided when
// the script starts.

//! platform [node] needs: nodePlatform
const platform = nodePlatform();

//! platform [web] needs: webPlatform
const platform = webPlatform();

//! platform [any] needs: nodePlatform, webPlatform
const platform =
  typeof process == 'object' && process.versions && process.versions.node ? nodePlatform() : webPlatform();

//! nodePlatform needs: sleepMs
/** Node: stdio and files through `fs`, the module read from beside the script. */
function nodePlatform() {
  const fs = require('fs');
  const nodePath = require('path');
  const tty = require('tty');
  // Lines for Module.print and Module.printErr, which take them instead of the file.
  const pending = ['', '', ''];
  const decoder = new TextDecoder();
  return {
    require,
    programName: () => Module.thisProgram || nodePath.basename(scriptPath, nodePath.extname(scriptPath)),
    args: () => Module.arguments || process.argv.slice(2),
    environ: () => process.env,
    isatty: (fd) => tty.isatty(fd),
    write(fd, bytes) {
      const print = fd === 1 ? Module.print : fd === 2 && Module.printErr;
      if (print) {
        const lines = (pending[fd] + decoder.decode(bytes, { stream: true })).split('\n');
        pending[fd] = lines.pop();
        lines.forEach((line) => print(line));
        return bytes.length;
      }
      let off = 0;
      while (off < bytes.length) {
        try {
          off += fs.writeSync(fd, bytes, off, bytes.length - off);
        } catch (e) {
          // A non-blocking pipe that is full: wait for the reader.
          if (e.code !== 'EAGAIN') throw e;
          sleepMs(1);
        }
      }
      return bytes.length;
    },
    read(fd, bytes) {
      for (;;) {
        try {
          return fs.readSync(fd, bytes, 0, bytes.length, null);
        } catch (e) {
          if (e.code === 'EOF') return 0;
          if (e.code !== 'EAGAIN') throw e;
          sleepMs(1);
        }
      }
    },
    instantiate(imports) {
      const file = nodePath.join(nodePath.dirname(scriptPath), wasmFile);
      // The flag must be set before the module is compiled.
      if (settings.optimizeAtLoad) require('v8').setFlagsFromString('--no-liftoff');
      return new Promise((resolve) => resolve(new WebAssembly.Instance(new WebAssembly.Module(settings.wasmBase64 ? Buffer.from(settings.wasmBase64, 'base64') : fs.readFileSync(file)), imports)));
    },
    /**
     * Run as `node prog.js`, the program gets a thread of its own: Node's main
     * thread allows about 1 MB of stack, where native programs get 8 MB, and
     * deep recursion in wasm uses it. Returns true when a worker took over.
     */
    handOffToWorker() {
      const threads = require('worker_threads');
      if (!isMainScript || !threads.isMainThread || process.env.WASMCC_NO_WORKER) return false;
      const worker = new threads.Worker(scriptPath, {
        argv: process.argv.slice(2),
        resourceLimits: { stackSizeMb: settings.threadStackMb },
      });
      worker.on('error', (e) => {
        fs.writeSync(2, `${e && e.stack ? e.stack : e}\n`);
        process.exitCode = 1;
      });
      worker.on('exit', (status) => {
        if (process.exitCode === undefined) process.exitCode = status;
      });
      return true;
    },
    report(message) {
      this.write(2, new TextEncoder().encode(message + '\n'));
    },
    exit(status) {
      for (const fd of [1, 2]) if (pending[fd]) this.write(fd, new Uint8Array([10]));
      if (Module.onExit) Module.onExit(status);
      // Loaded by another script, the program never ends the host's process.
      if (isMainScript) process.exit(status);
    },
  };
}

//! webPlatform needs: loadWasmWeb
/** The web: output by lines to Module.print/printErr (the console by default), stdin from Module.stdin. */
function webPlatform() {
  const pending = { 1: '', 2: '' };
  const decoder = new TextDecoder();
  const tap = (kind, value) => typeof globalThis.wasmccTap == 'function' && globalThis.wasmccTap(kind, value);
  const printLine = (fd, line) => {
    tap(fd === 1 ? 'stdout' : 'stderr', line);
    const print = fd === 1 ? Module.print || console.log : Module.printErr || console.error;
    print(line);
  };
  return {
    require() {
      throw new Error('Node modules are not available on the web');
    },
    programName: () => Module.thisProgram || 'this.program',
    args: () => Module.arguments || [],
    environ: () => ({ USER: 'web_user', LOGNAME: 'web_user', PATH: '/', PWD: '/', HOME: '/home/web_user', LANG: 'C.UTF-8', _: 'this.program' }),
    isatty: () => true,
    write(fd, bytes) {
      const text = pending[fd] + decoder.decode(bytes, { stream: true });
      const lines = text.split('\n');
      pending[fd] = lines.pop();
      for (const line of lines) printLine(fd, line);
      return bytes.length;
    },
    read(fd, bytes) {
      // Module.stdin: a function returning the next byte, or null at the end.
      if (typeof Module.stdin != 'function') return 0;
      let n = 0;
      while (n < bytes.length) {
        const c = Module.stdin();
        if (c === null || c === undefined) break;
        bytes[n++] = c;
        if (c === 10) break;
      }
      return n;
    },
    instantiate: (imports) => loadWasmWeb(imports),
    handOffToWorker: () => false,
    report(message) {
      printLine(2, message);
    },
    exit(status) {
      for (const fd of [1, 2]) if (pending[fd]) printLine(fd, pending[fd]);
      pending[1] = pending[2] = '';
      tap('exit', status);
      if (Module.onExit) Module.onExit(status);
    },
  };
}

//! loadWasmWeb
/**
 * The web: the module from the script itself (-sSINGLE_FILE), or fetched from
 * beside the script (or where Module.locateFile says) and compiled as it
 * arrives when the server sends application/wasm. Module.setStatus hears of
 * the download's progress as "Downloading NAME... (loaded/total)".
 */
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
  const withProgress = (response, total) => {
    const reader = response.body.getReader();
    let loaded = 0;
    const body = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        // Past the total when the server compressed the body.
        loaded = Math.min(total, loaded + value.length);
        setStatus(`Downloading ${wasmFile}... (${loaded}/${total})`);
        controller.enqueue(value);
      },
    });
    return new Response(body, { headers: response.headers });
  };
  setStatus(`Downloading ${wasmFile}...`);
  return fetch(url, { credentials: 'same-origin' })
    .catch((e) => {
      if (!fromDisk) throw new Error(`${e.message} (${url})`);
      // Browsers block fetch() from a page opened as a file; say what works instead.
      const page = decodeURIComponent(location.pathname.split('/').pop() || 'the page');
      throw new Error(
        `this page was opened from a file (file://), and browsers do not let such a page fetch other files. ` +
          `Serve its folder over HTTP and open it from there (wasmrun ${page}, or python3 -m http.server and http://localhost:8000/${page}), ` +
          `or build with -sSINGLE_FILE=1 to put the program in the page`
      );
    })
    .then((response) => {
      if (!response.ok && !fromDisk) {
        throw new Error(`the server answered ${response.status} ${response.statusText} for ${url}`);
      }
      const total = Number(response.headers.get('content-length'));
      if (total > 0 && response.body && Module.setStatus) response = withProgress(response, total);
      const type = response.headers.get('content-type') || '';
      return type.startsWith('application/wasm') && WebAssembly.instantiateStreaming
        ? WebAssembly.instantiateStreaming(response, imports)
        : response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes, imports));
    })
    .then(running);
}
