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
  return {
    require,
    programName: () => nodePath.basename(scriptPath, nodePath.extname(scriptPath)),
    args: () => Module.arguments || process.argv.slice(2),
    environ: () => process.env,
    isatty: (fd) => tty.isatty(fd),
    write(fd, bytes) {
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
      return new Promise((resolve) => resolve(new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(file)), imports)));
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
      process.exit(status);
    },
  };
}

//! webPlatform
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
    programName: () => 'this.program',
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
    instantiate(imports) {
      const url = Module.locateFile ? Module.locateFile(wasmFile, scriptPath) : new URL(wasmFile, scriptPath || location.href).href;
      const response = fetch(url);
      return WebAssembly.instantiateStreaming(response, imports)
        .catch(() => response.then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.instantiate(bytes, imports)))
        .then((result) => result.instance);
    },
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
