// Calling C from JS and reading its memory: Emscripten's runtime methods
// (-sEXPORTED_RUNTIME_METHODS), the HEAP views, and the JS side of EM_ASM
// and emscripten_run_script. Inline JS, library functions and these methods
// share one scope, so they call each other by name.

//! heaps needs: wasmState
/**
 * The HEAP views under Emscripten's names. Memory grows from inside wasm,
 * which detaches the old buffer, so code that uses a view calls updateHeaps()
 * first; Module.HEAP8 and the others are getters that do.
 */
let heapBuffer = null;
let HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
function updateHeaps() {
  if (heapBuffer === wasmMemory.buffer) return;
  const b = (heapBuffer = wasmMemory.buffer);
  HEAP8 = new Int8Array(b);
  HEAPU8 = new Uint8Array(b);
  HEAP16 = new Int16Array(b);
  HEAPU16 = new Uint16Array(b);
  HEAP32 = new Int32Array(b);
  HEAPU32 = new Uint32Array(b);
  HEAPF32 = new Float32Array(b);
  HEAPF64 = new Float64Array(b);
}

//! UTF8ToString needs: mem, utf8
/** The string at `ptr`, up to its NUL or `maxBytes` bytes. */
function UTF8ToString(ptr, maxBytes) {
  if (!ptr) return '';
  const bytes = u8();
  const limit = maxBytes === undefined ? bytes.length : Math.min(bytes.length, ptr + maxBytes);
  let end = ptr;
  while (end < limit && bytes[end]) end++;
  return utf8Decoder.decode(bytes.subarray(ptr, end));
}

//! lengthBytesUTF8 needs: utf8
/** The bytes `str` takes in UTF-8, without the NUL. */
function lengthBytesUTF8(str) {
  return utf8Encoder.encode(str).length;
}

//! stringToUTF8 needs: mem, utf8
/**
 * Writes `str` at `ptr` as NUL-terminated UTF-8 in at most `maxBytes` bytes,
 * the NUL included, never cutting a character in half. Returns the bytes
 * written without the NUL.
 */
function stringToUTF8(str, ptr, maxBytes) {
  if (maxBytes === undefined) maxBytes = 0x7fffffff;
  if (maxBytes <= 0) return 0;
  const { written } = utf8Encoder.encodeInto(str, u8().subarray(ptr, ptr + maxBytes - 1));
  u8()[ptr + written] = 0;
  return written;
}

//! getValue needs: mem
/** The value of C type `type` ('i8', 'i16', 'i32', 'i64', 'float', 'double', '*') at `ptr`. */
function getValue(ptr, type = 'i8') {
  const v = dv();
  switch (type.endsWith('*') ? '*' : type) {
    case 'i1':
    case 'i8':
      return v.getInt8(ptr);
    case 'i16':
      return v.getInt16(ptr, true);
    case 'i32':
      return v.getInt32(ptr, true);
    case 'i64':
      return v.getBigInt64(ptr, true);
    case 'float':
      return v.getFloat32(ptr, true);
    case 'double':
      return v.getFloat64(ptr, true);
    case '*':
      return v.getUint32(ptr, true);
  }
  throw new Error(`getValue: unknown type '${type}'`);
}

//! setValue needs: mem
/** Stores `value` as C type `type` at `ptr` (the types of getValue). */
function setValue(ptr, value, type = 'i8') {
  const v = dv();
  switch (type.endsWith('*') ? '*' : type) {
    case 'i1':
    case 'i8':
      return v.setInt8(ptr, Number(value));
    case 'i16':
      return v.setInt16(ptr, Number(value), true);
    case 'i32':
    case '*':
      return v.setInt32(ptr, Number(value), true);
    case 'i64':
      return v.setBigInt64(ptr, BigInt(value), true);
    case 'float':
      return v.setFloat32(ptr, value, true);
    case 'double':
      return v.setFloat64(ptr, value, true);
  }
  throw new Error(`setValue: unknown type '${type}'`);
}

//! stack needs: wasmState
/**
 * The C stack, through the module's exported stack pointer: ccall puts the
 * strings and arrays it passes there, freed when the call returns.
 */
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

//! ccall needs: stack, mem, UTF8ToString, stringToUTF8, lengthBytesUTF8, wasmState
/**
 * Calls the exported C function `name`. Argument and return types are
 * 'number', 'string', 'array' (bytes), 'boolean', or null for none; strings
 * and arrays are copied to the C stack for the duration of the call.
 * With `{async: true}` (and -sASYNCIFY) the C function may sleep, and the
 * result is a promise.
 */
function ccall(name, returnType, argTypes, args, opts) {
  // null says "none", as in MDN's ccall('myFunction', null, null, null).
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
      // A call that slept still uses its arguments on the C stack until it ends.
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

//! cwrap needs: ccall
/** A JS function that calls the exported C function `name` through ccall. */
function cwrap(name, returnType, argTypes, opts) {
  return (...args) => ccall(name, returnType, argTypes, args, opts);
}

//! out
/** Prints a line to stdout's destination: Module.print, or the console. */
function out(text) {
  (Module.print || console.log)(text);
}

//! err
/** Prints a line to stderr's destination: Module.printErr, or the console. */
function err(text) {
  (Module.printErr || console.error)(text);
}

//! guardRuntimeMethods
/**
 * A runtime method that was not exported throws an error naming the flag
 * that exports it, instead of "not a function".
 */
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

//! emAsm needs: mem
/**
 * EM_ASM: `code` points at the block's text, `sig` at one letter per
 * argument (i: 32-bit, j: 64-bit, d: double), `argv` at the arguments as C
 * lays out variadic ones. The block's function is found by a hash of its
 * text, once per call site.
 */
const emAsmByAddress = new Map();
function emAsm(code, sig, argv) {
  let f = emAsmByAddress.get(code);
  if (!f) {
    const bytes = u8();
    let h = 0x811c9dc5;
    for (let p = code; bytes[p]; p++) h = Math.imul(h ^ bytes[p], 0x01000193) >>> 0;
    f = emAsmCode[h];
    emAsmByAddress.set(code, f);
  }
  const v = dv();
  const args = [];
  for (let i = sig; u8()[i]; i++) {
    const c = u8()[i];
    if (c === 105) {
      args.push(v.getInt32(argv, true));
      argv += 4;
    } else {
      argv = (argv + 7) & -8;
      args.push(c === 106 ? v.getBigInt64(argv, true) : v.getFloat64(argv, true));
      argv += 8;
    }
  }
  return f(...args);
}

//! env.__wasmcc_asm_int needs: emAsm
function __wasmcc_asm_int(code, sig, argv) {
  return emAsm(code, sig, argv);
}

//! env.__wasmcc_asm_double needs: emAsm
function __wasmcc_asm_double(code, sig, argv) {
  return emAsm(code, sig, argv);
}

//! env.emscripten_get_now
function emscripten_get_now() {
  return performance.now();
}

//! runScript
/**
 * emscripten_run_script*: the program asks to run JS source text. As in
 * Emscripten, the text sees the runtime's scope (Module, out, ...). Nothing
 * else in the runtime evaluates text.
 */
function runScript(text) {
  return eval(text);
}

//! env.emscripten_run_script needs: runScript, utf8
function emscripten_run_script(script) {
  runScript(readCString(script));
}

//! env.emscripten_run_script_int needs: runScript, utf8
function emscripten_run_script_int(script) {
  return runScript(readCString(script)) | 0;
}

//! env.__wasmcc_run_script_string needs: runScript, utf8, mem
/**
 * Runs the script once and keeps its result until C has read it: C calls
 * again with a buffer of the size returned, and gets the text (NUL included).
 */
let scriptResult = null;
function __wasmcc_run_script_string(script, buf, size) {
  if (script) scriptResult = utf8Encoder.encode(String(runScript(readCString(script))) + '\0');
  if (scriptResult.length <= size) u8().set(scriptResult, buf);
  return scriptResult.length;
}

//! addFunction needs: wasmState
/**
 * addFunction(f, sig): a C function pointer that calls `f`, in a new (or
 * freed) slot of the table, which -sALLOW_TABLE_GROWTH makes growable and
 * exported. A JS function needs its signature, Emscripten's letters with the
 * result first ('v' none, 'i' or 'p' int/pointer, 'j' 64-bit, 'f' float,
 * 'd' double): 'iii' takes two ints and returns one. removeFunction(ptr)
 * frees the slot for the next addFunction.
 */
const freeTableSlots = [];
function functionTable(what) {
  const table = wasmExports.__indirect_function_table;
  if (!table) throw new Error(`${what}: the function table is not exported: build with -sALLOW_TABLE_GROWTH`);
  return table;
}
/** A wasm function of signature `sig` that calls the JS function `f`: a one-import module. */
function wasmFunctionOf(f, sig) {
  const types = { i: 0x7f, p: 0x7f, j: 0x7e, f: 0x7d, d: 0x7c };
  const letters = String(sig || '');
  if (!letters || ![...letters.slice(1)].every((c) => c in types) || !(letters[0] == 'v' || letters[0] in types) || letters.length > 64) {
    throw new Error(`addFunction: '${letters}' is not a signature (result then parameters, of v, i, p, j, f, d)`);
  }
  const params = [...letters.slice(1)].map((c) => types[c]);
  const type = [0x60, params.length, ...params, ...(letters[0] == 'v' ? [0] : [1, types[letters[0]]])];
  const section = (id, body) => [id, body.length, ...body];
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, ...type]),
    // import "e" "f": a function of type 0
    ...section(2, [1, 1, 0x65, 1, 0x66, 0x00, 0]),
    // export "f": function 0
    ...section(7, [1, 1, 0x66, 0x00, 0]),
  ]);
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), { e: { f } }).exports.f;
}
function addFunction(f, sig) {
  const table = functionTable('addFunction');
  let index = freeTableSlots.pop();
  if (index === undefined) {
    try {
      index = table.grow(1);
    } catch (e) {
      throw new Error('addFunction: the function table cannot grow: build with -sALLOW_TABLE_GROWTH');
    }
  }
  try {
    // A function of a wasm module goes in as it is.
    table.set(index, f);
  } catch (e) {
    table.set(index, wasmFunctionOf(f, sig));
  }
  return index;
}
function removeFunction(index) {
  functionTable('removeFunction').set(index, null);
  freeTableSlots.push(index);
}
