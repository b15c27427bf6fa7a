// Starting the program: instantiate the module, run Module.preRun, the
// constructors, onRuntimeInitialized, `main` (unless Module.noInitialRun or -sINVOKE_RUN=0;
// Module.callMain runs it later), `exit` and Module.postRun, and end with the
// program's status, whatever way it ends. start() returns a promise of
// Module, which MODULARIZE's factory hands to its caller.

//! start needs: loadWasm, report, endProgram, wasmState, exitStatusOf
function start() {
  // The driver includes runOnWorker for a program that can recurse deeply.
  if (typeof runOnWorker == 'function' && runOnWorker()) return new Promise(() => {});
  runHooks(Module.preInit);
  // Data files (--preload-file) download alongside the module.
  const data = typeof dataFiles == 'object' ? dataFiles.load() : undefined;
  return Promise.all([instantiate(), data]).then(
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
      const prepared = runGuarded(() => {
        if (typeof dataFiles == 'object') dataFiles.install(module, dataPackage);
        runHooks(Module.preRun);
        return true;
      });
      if (prepared !== true) return Module;
      // addRunDependency in a preRun hook holds the start until the last removeRunDependency.
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

/**
 * The module's instance: from Module.instantiateWasm (the page instantiates
 * it and calls back), from the bytes in Module.wasmBinary, compiled by the
 * main thread for the worker that runs the program (runOnWorker), or loaded.
 */
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

/** The constructors, onRuntimeInitialized and main, once the module and its dependencies are ready. */
function run() {
  runGuarded(() => {
    // -sSTACK_OVERFLOW_CHECK: the cookie at the stack's end, and the limits of binaryen's StackCheck.
    if (typeof stackChecks == 'object') stackChecks.start();
    // A module linked with -nostartfiles may have no _initialize.
    wasmExports._initialize?.();
    // An error thrown here ends the program before main, as with emcc.
    Module.onRuntimeInitialized?.();
    // -sINVOKE_RUN=0 leaves main to Module.callMain, as Module.noInitialRun does.
    if (wasmExports.__main_void && !Module.noInitialRun && settings.invokeRun !== false) callMain();
  });
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
  if (typeof stackChecks == 'object') stackChecks.check();
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

//! exitStatusOf needs: ExitStatus, report, crashTrace, isNode
/**
 * The status a value thrown out of wasm ends the program with: exit()'s, or
 * 1 for a trap and 7 for a failure of the runtime's, each reported in one
 * line that names the wasm function of a trap.
 */
function exitStatusOf(e) {
  // -sSTACK_OVERFLOW_CHECK: an overflow is reported as one (and ends with 139).
  if (typeof stackChecks == 'object') e = stackChecks.explain(e);
  if (e instanceof ExitStatus) return e.status;
  // A C++ exception that nothing caught ends as std::terminate ends it.
  const end = typeof uncaughtException == 'function' ? uncaughtException(e) : undefined;
  if (end !== undefined) return exitStatusOf(end);
  if (!(e instanceof WebAssembly.RuntimeError || e instanceof RangeError)) {
    report(`wasmcc runtime error: ${e?.stack || e}`);
    // An error in JS (a Module hook's, say) fails the Node process that
    // loaded the program too, as any error of its own would; a program run
    // as the main script exits with the status itself.
    if (isNode && !isMainScript) process.exitCode ||= 7;
    return 7;
  }
  // The call chain, innermost first, with files and lines in a -g build.
  const trace = crashTrace(e.stack);
  // A module that exports its stack pointer (-sASSERTIONS) says when the trap is an overflow.
  const why = typeof stackOverflowNote == 'function' ? stackOverflowNote(e) : '';
  report(`wasm trap: ${e.message}${trace.length ? ` in ${trace[0].name}` : ''}${why}`);
  for (const frame of trace) report(frame.line);
  return 1;
}

//! stackOverflowNote needs: wasmState
/**
 * For a module that exports its stack pointer (-sASSERTIONS, or the stack
 * methods): the stack lies first in memory and grows down, so a frame past
 * its end wraps the pointer beyond memory. What the trap's line adds.
 */
function stackOverflowNote(e) {
  const sp = wasmExports?.__stack_pointer;
  const overflow =
    sp instanceof WebAssembly.Global && e.message.includes('out of bounds') && sp.value >>> 0 >= wasmMemory.buffer.byteLength;
  return overflow ? ' (stack overflow: the program needs more C stack than -sSTACK_SIZE gives it)' : '';
}

//! uncaughtException needs: wasmState
/**
 * A module with C++ exceptions exports its std::terminate hook
 * (libc-shims/cxa_exception.cpp): for a C++ exception that nothing caught,
 * it names the exception and aborts, as natively. What the hook throws (the
 * exit of abort), or undefined for a value that is no C++ exception.
 */
function uncaughtException(e) {
  if (!(globalThis.WebAssembly?.Exception && e instanceof WebAssembly.Exception)) return undefined;
  try {
    wasmExports.__wasmcc_uncaught_exception();
  } catch (end) {
    return end;
  }
  return undefined;
}

//! env.memory
/**
 * -sIMPORTED_MEMORY: the module's memory comes from JS. A page that set
 * Module.wasmMemory (a WebAssembly.Memory) before the script gives its own;
 * otherwise the runtime makes one of the size the module asks for.
 */
const memory =
  Module.wasmMemory instanceof WebAssembly.Memory ? Module.wasmMemory : new WebAssembly.Memory(settings.importedMemory);

//! runDependencies
/**
 * addRunDependency and removeRunDependency, as Emscripten's: a preRun hook
 * that starts something the program needs (a download) adds a dependency,
 * and the program starts once the last one is removed.
 */
const runDependencies = { count: 0, then: null };

//! addRunDependency needs: runDependencies
function addRunDependency(id) {
  runDependencies.count++;
}

//! removeRunDependency needs: runDependencies
function removeRunDependency(id) {
  runDependencies.count = Math.max(0, runDependencies.count - 1);
  if (runDependencies.count === 0 && runDependencies.then) {
    const go = runDependencies.then;
    runDependencies.then = null;
    go();
  }
}
