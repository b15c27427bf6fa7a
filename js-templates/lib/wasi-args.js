// Command-line arguments and environment variables (WASI args_* and environ_*).

//! argvStrings needs: isNode
/** argv: Module.thisProgram or the script's name, then Module.arguments or the command line's. */
let argvCache;
function argvStrings() {
  if (!argvCache) {
    const path = isNode && require('path');
    const name = Module.thisProgram || (isNode ? path.basename(scriptPath, path.extname(scriptPath)) : 'this.program');
    argvCache = [name, ...(Module.arguments || (isNode ? process.argv.slice(2) : []))];
  }
  return argvCache;
}

//! environStrings needs: isNode
/** The environment: Node's, or in a page what a program expects of a plain user's shell. */
let environCache;
function environStrings() {
  const env = isNode
    ? process.env
    : { USER: 'web_user', LOGNAME: 'web_user', PATH: '/', PWD: '/', HOME: '/home/web_user', LANG: 'C.UTF-8', _: 'this.program' };
  environCache = environCache || Object.entries(env).map(([k, v]) => `${k}=${v}`);
  return environCache;
}

//! writeStringTable needs: mem, utf8
/** Writes NUL-terminated strings at `buf` and their addresses at `ptrs`. */
function writeStringTable(strings, ptrs, buf) {
  for (const s of strings) {
    dv().setUint32(ptrs, buf, true);
    ptrs += 4;
    const bytes = utf8Encoder.encode(s);
    u8().set(bytes, buf);
    u8()[buf + bytes.length] = 0;
    buf += bytes.length + 1;
  }
  return 0;
}
/** Writes the count and total size of a string table. */
function writeTableSizes(strings, countPtr, sizePtr) {
  dv().setUint32(countPtr, strings.length, true);
  dv().setUint32(sizePtr, strings.reduce((n, s) => n + utf8Encoder.encode(s).length + 1, 0), true);
  return 0;
}

//! wasi_snapshot_preview1.args_sizes_get needs: argvStrings, writeStringTable
function args_sizes_get(countPtr, sizePtr) {
  return writeTableSizes(argvStrings(), countPtr, sizePtr);
}

//! wasi_snapshot_preview1.args_get needs: argvStrings, writeStringTable
function args_get(ptrs, buf) {
  return writeStringTable(argvStrings(), ptrs, buf);
}

//! wasi_snapshot_preview1.environ_sizes_get needs: environStrings, writeStringTable
function environ_sizes_get(countPtr, sizePtr) {
  return writeTableSizes(environStrings(), countPtr, sizePtr);
}

//! wasi_snapshot_preview1.environ_get needs: environStrings, writeStringTable
function environ_get(ptrs, buf) {
  return writeStringTable(environStrings(), ptrs, buf);
}
