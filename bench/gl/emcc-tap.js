// --pre-js for emcc's page: report stdout and the exit status to wasmrun
// (globalThis.wasmccTap), as wasmcc's runtime does, so that wasmrun runs
// an emcc-built page like a command.
Module.print = (text) => globalThis.wasmccTap && globalThis.wasmccTap('stdout', text);
Module.printErr = (text) => globalThis.wasmccTap && globalThis.wasmccTap('stderr', text);
Module.onExit = (status) => globalThis.wasmccTap && globalThis.wasmccTap('exit', status);
