// Starting the program: instantiate the module, run its constructors,
// `main` and `exit`, and end with the program's status, whatever way it ends.

//! start needs: platform, wasmState, ExitStatus, describeFailure
function start() {
  if (platform.handOffToWorker()) return;
  platform
    .instantiate(wasmImports)
    .then((instance) => {
      wasmExports = instance.exports;
      wasmMemory = wasmExports.memory;
      runMain();
    })
    .catch((e) => {
      platform.report(`wasmcc: cannot load ${wasmFile}: ${e && e.message ? e.message : e}`);
      platform.exit(1);
    });
}

function runMain() {
  let status = 0;
  try {
    wasmExports._initialize();
    if (wasmExports.__main_void) {
      status = wasmExports.__main_void();
      // exit() runs the atexit handlers, flushes stdio and calls proc_exit.
      if (settings.exitRuntime) wasmExports.exit(status);
    }
  } catch (e) {
    if (e instanceof ExitStatus) {
      status = e.status;
    } else {
      platform.report(describeFailure(e));
      status = e instanceof WebAssembly.RuntimeError || e instanceof RangeError ? 1 : 7;
    }
  }
  platform.exit(status);
}

//! describeFailure
/** One line saying what went wrong, naming the wasm function of a trap. */
function describeFailure(e) {
  const stack = String((e && e.stack) || '');
  // V8 writes wasm frames as "at NAME (wasm://wasm/...:wasm-function[N]:0x...)".
  const frame = stack.split('\n').find((line) => line.includes('wasm-function['));
  const where = frame ? frame.trim().replace(/^at /, '').replace(/ \(wasm:.*$/, '') : '';
  const wasmName = where.replace(/^[^.]*\.wasm\./, '').replace(/^\$/, '');
  const what = e instanceof RangeError ? `stack overflow (${e.message})` : e && e.message ? e.message : String(e);
  if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) {
    return `wasm trap: ${what}${wasmName ? ` in ${wasmName}` : ''}`;
  }
  return `wasmcc runtime error: ${stack || what}`;
}
