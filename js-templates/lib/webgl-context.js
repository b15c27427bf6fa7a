// WebGL contexts (emscripten/html5_webgl.h) and the state the generated GL
// functions share: the current context, the tables from GL object names to
// WebGL objects, the sticky GL error, and views of wasm memory.

//! glState
/** The current context's WebGL object; the GL functions call it directly. */
let GLctx = null;
/** The current context: { gl, version, canvas, error, exts, handle }. */
let glCurrent = null;
let glIsWebGL2 = false;
const glContexts = [null];
// Per object type, GL name -> WebGL object; name 0 is no object. A deleted
// name holds undefined, so using it is an error, as in GLES.
const glObjects = {
  buffer: [null],
  framebuffer: [null],
  program: [null],
  query: [null],
  renderbuffer: [null],
  sampler: [null],
  shader: [null],
  sync: [null],
  texture: [null],
  transform_feedback: [null],
  vertex_array: [null],
};
/** Records a GL error unless one is already pending (GLES keeps the first); returns 0. */
function glRecordError(code) {
  if (glCurrent && !glCurrent.error) glCurrent.error = code;
  return 0;
}
function glNewName(table, obj) {
  const name = table.length;
  table.push(obj);
  obj.glName = name;
  return name;
}
/** glGetError: our own recorded error first, then WebGL's. */
function glTakeError() {
  if (!glCurrent) return 0;
  const own = glCurrent.error;
  if (own) {
    glCurrent.error = 0;
    return own;
  }
  return GLctx.getError();
}
function glMakeCurrent(record) {
  glCurrent = record;
  GLctx = record ? record.gl : null;
  glIsWebGL2 = !!record && record.version === 2;
}

//! glViews needs: wasmState
// Typed views of all of wasm memory, made again when memory has grown.
// Growing detaches the old buffer, so its views' length drops to 0: testing
// that is cheaper, on every GL call that reads memory, than asking the
// Memory object for its buffer.
let glViewsBuffer = null;
let heapU8, heapU16, heapI32, heapU32, heapF32;
function glViews() {
  if (heapU8 !== undefined && heapU8.length !== 0) return;
  glViewsBuffer = wasmMemory.buffer;
  heapU8 = new Uint8Array(glViewsBuffer);
  heapU16 = new Uint16Array(glViewsBuffer);
  heapI32 = new Int32Array(glViewsBuffer);
  heapU32 = new Uint32Array(glViewsBuffer);
  heapF32 = new Float32Array(glViewsBuffer);
}
/** The view for a table element kind: 'u8', 'i32', 'u32' or 'f32'. */
function glViewOf(elem) {
  glViews();
  return elem === 'f32' ? heapF32 : elem === 'i32' ? heapI32 : elem === 'u32' ? heapU32 : heapU8;
}
/** The view whose element type WebGL expects for pixels of this GL type. */
function glPixelView(type) {
  glViews();
  switch (type) {
    case 0x1406: // FLOAT
      return heapF32;
    case 0x1404: // INT
      return heapI32;
    case 0x1405: // UNSIGNED_INT
    case 0x84fa: // UNSIGNED_INT_24_8
    case 0x8368: // UNSIGNED_INT_2_10_10_10_REV
    case 0x8c3b: // UNSIGNED_INT_10F_11F_11F_REV
    case 0x8c3e: // UNSIGNED_INT_5_9_9_9_REV
      return heapU32;
    case 0x1402: // SHORT
      return new Int16Array(glViewsBuffer);
    case 0x1403: // UNSIGNED_SHORT
    case 0x8363: // UNSIGNED_SHORT_5_6_5
    case 0x8033: // UNSIGNED_SHORT_4_4_4_4
    case 0x8034: // UNSIGNED_SHORT_5_5_5_1
    case 0x140b: // HALF_FLOAT
    case 0x8d61: // HALF_FLOAT_OES
      return heapU16;
    case 0x1400: // BYTE
      return new Int8Array(glViewsBuffer);
    default:
      return heapU8;
  }
}

//! glScratch needs: glViews
// WebGL 1 takes arrays of exactly the length it uses. Reusing one array per
// length and kind keeps per-call paths (glUniform*v, glVertexAttrib*v) free
// of garbage; larger ones are views, made per call.
const glScratchArrays = { f32: [], i32: [], u32: [] };
function glScratch(elem, ptr, n) {
  const heap = glViewOf(elem);
  const at = ptr >> 2;
  if (n > 256) return heap.subarray(at, at + n);
  const cache = glScratchArrays[elem];
  let array = cache[n];
  if (!array) {
    array = cache[n] = elem === 'f32' ? new Float32Array(n) : elem === 'i32' ? new Int32Array(n) : new Uint32Array(n);
  }
  for (let i = 0; i < n; i++) array[i] = heap[at + i];
  return array;
}

//! glWriteValues needs: mem
/**
 * Writes what a WebGL query returned as GL values of type `elem` ('i32',
 * 'u32', 'f32', 'u8' for GLboolean, 'i64'): numbers, booleans, lists, and
 * WebGL objects as their GL names. At most `max` values when given.
 */
function glWriteValues(value, ptr, elem, max) {
  const values = value === null || value === undefined ? [0] : typeof value == 'object' && 'length' in value ? value : [value];
  const n = max === undefined ? values.length : Math.min(values.length, max);
  const size = elem === 'u8' ? 1 : elem === 'i64' ? 8 : 4;
  const v = dv();
  for (let i = 0; i < n; i++) {
    let x = values[i];
    if (x === null || x === undefined) x = 0;
    else if (typeof x == 'boolean') x = x ? 1 : 0;
    else if (typeof x == 'object') x = x.glName || 0;
    const at = ptr + i * size;
    if (elem === 'f32') v.setFloat32(at, x, true);
    else if (elem === 'u8') v.setUint8(at, x ? 1 : 0);
    else if (elem === 'i64') v.setBigInt64(at, BigInt(Math.trunc(x)), true);
    else v.setInt32(at, Math.trunc(x), true);
  }
}

//! glWriteString needs: mem, utf8
/** Copies `text` as a NUL-terminated string of at most `bufSize` bytes; its length (without the NUL) to lengthPtr. */
function glWriteString(text, buf, bufSize, lengthPtr) {
  const bytes = utf8Encoder.encode(text || '');
  const n = bufSize > 0 ? Math.min(bytes.length, bufSize - 1) : 0;
  if (bufSize > 0) {
    u8().set(bytes.subarray(0, n), buf);
    u8()[buf + n] = 0;
  }
  if (lengthPtr) dv().setInt32(lengthPtr, n, true);
}

//! glReadStrings needs: mem, utf8
/** `count` NUL-terminated strings from an array of pointers. */
function glReadStrings(ptrs, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(readCString(dv().getUint32(ptrs + 4 * i, true)));
  return out;
}

//! glExtensionNames needs: glState
/** The enabled extensions as GLES names (GL_ prefixed), in a stable order. */
function glExtensionNames() {
  return (GLctx.getSupportedExtensions() || []).map((name) => `GL_${name}`);
}

//! glParameter needs: glState, glExtensionNames
/** glGet*v: WebGL's getParameter, with the answers GLES has and WebGL lacks. */
function glParameter(pname) {
  switch (pname) {
    case 0x821b: // MAJOR_VERSION
    case 0x821c: // MINOR_VERSION
    case 0x821d: // NUM_EXTENSIONS
      if (!glIsWebGL2) return glRecordError(0x500);
      return pname === 0x821b ? 3 : pname === 0x821c ? 0 : glExtensionNames().length;
    case 0x86a2: // NUM_COMPRESSED_TEXTURE_FORMATS
      return (GLctx.getParameter(0x86a3) || []).length;
    case 0x8df9: // NUM_SHADER_BINARY_FORMATS
    case 0x87fe: // NUM_PROGRAM_BINARY_FORMATS
      return 0;
    case 0x8dfa: // SHADER_COMPILER
      return 1;
    default:
      return GLctx.getParameter(pname);
  }
}

//! glShaderParameter needs: glState
function glShaderParameter(shader, pname) {
  if (pname === 0x8b84) {
    // INFO_LOG_LENGTH counts the NUL; 0 when there is no log.
    const log = GLctx.getShaderInfoLog(shader) || '';
    return log ? log.length + 1 : 0;
  }
  if (pname === 0x8b88) {
    // SHADER_SOURCE_LENGTH
    const source = GLctx.getShaderSource(shader) || '';
    return source ? source.length + 1 : 0;
  }
  return GLctx.getShaderParameter(shader, pname);
}

//! glProgramParameter needs: glState
function glProgramParameter(program, pname) {
  const longest = (count, get) => {
    let max = 0;
    for (let i = 0; i < count; i++) {
      const info = get(i);
      if (info) max = Math.max(max, info.name.length + 1);
    }
    return max;
  };
  switch (pname) {
    case 0x8b84: {
      // INFO_LOG_LENGTH
      const log = GLctx.getProgramInfoLog(program) || '';
      return log ? log.length + 1 : 0;
    }
    case 0x8b87: // ACTIVE_UNIFORM_MAX_LENGTH
      return longest(GLctx.getProgramParameter(program, 0x8b86), (i) => GLctx.getActiveUniform(program, i));
    case 0x8b8a: // ACTIVE_ATTRIBUTE_MAX_LENGTH
      return longest(GLctx.getProgramParameter(program, 0x8b89), (i) => GLctx.getActiveAttrib(program, i));
    case 0x8c76: // TRANSFORM_FEEDBACK_VARYING_MAX_LENGTH
      return longest(GLctx.getProgramParameter(program, 0x8c83), (i) => GLctx.getTransformFeedbackVarying(program, i));
    case 0x8a35: // ACTIVE_UNIFORM_BLOCK_MAX_NAME_LENGTH
      return longest(GLctx.getProgramParameter(program, 0x8a36), (i) => ({ name: GLctx.getActiveUniformBlockName(program, i) }));
    default:
      return GLctx.getProgramParameter(program, pname);
  }
}

//! glUniforms needs: glState
/**
 * GLES uniform locations are integers, numbered per program as drivers
 * number them: from 0, in the order of the active uniforms, an array of n
 * elements taking n consecutive ones. So "arr", "arr[0]" and the location
 * of "arr" plus i for "arr[i]" all agree, and two programs with the same
 * uniforms number them alike, as ported code expects. A program's table is
 * made at its first use after a link (glLinkProgram drops it).
 */
function glUniformTable(program) {
  if (program.glUniforms) return program.glUniforms;
  const table = { byName: new Map(), locations: [] };
  // An unlinked program has no uniforms yet; its table is made after the link.
  if (!GLctx.getProgramParameter(program, 0x8b82)) return table; // LINK_STATUS
  program.glUniforms = table;
  const count = GLctx.getProgramParameter(program, 0x8b86); // ACTIVE_UNIFORMS
  for (let i = 0; i < count; i++) {
    const info = GLctx.getActiveUniform(program, i);
    if (!info) continue;
    const isArray = info.name.endsWith('[0]');
    const base = isArray ? info.name.slice(0, -3) : info.name;
    const first = GLctx.getUniformLocation(program, info.name);
    // Members of uniform blocks have no location.
    if (!first) continue;
    table.byName.set(base, { id: table.locations.length, size: info.size, isArray });
    table.locations.push(first);
    for (let j = 1; j < info.size; j++) table.locations.push(GLctx.getUniformLocation(program, `${base}[${j}]`));
  }
  return table;
}
/** glGetUniformLocation. */
function glUniformLocation(program, name) {
  if (!program) return glRecordError(0x501) - 1;
  if (!GLctx.getProgramParameter(program, 0x8b82)) return glRecordError(0x502) - 1; // LINK_STATUS
  const table = glUniformTable(program);
  const plain = table.byName.get(name);
  if (plain) return plain.id;
  // "arr[i]": only arrays have elements ("x[0]" is no name for a plain x).
  const bracket = name.endsWith(']') ? name.lastIndexOf('[') : -1;
  if (bracket <= 0) return -1;
  const digits = name.slice(bracket + 1, -1);
  if (!/^[0-9]+$/.test(digits)) return -1;
  const entry = table.byName.get(name.slice(0, bracket));
  const index = Number(digits);
  return entry && entry.isArray && index < entry.size ? entry.id + index : -1;
}
/** The WebGL location of GLES `location` in `program`; null for -1, as WebGL ignores it. */
function glUniformOf(program, location) {
  return (program && glUniformTable(program).locations[location]) || null;
}
/**
 * The same in the current program, for glUniform*: its locations are kept
 * on the context by glUseProgram and glLinkProgram, so a call does one
 * array lookup.
 */
function glUniformAt(location) {
  return glCurrent.uniforms[location] || null;
}
/** Makes `program` (a WebGL program or null) the context's current one for glUniformAt. */
function glSetCurrentProgram(program) {
  glCurrent.program = program;
  glCurrent.uniforms = program ? glUniformTable(program).locations : [];
}
/** glUseProgram, remembering the program that WebGL made current. */
function glUseProgramAndRemember(program) {
  const obj = glObjects.program[program];
  if (obj === undefined) return glRecordError(0x501);
  GLctx.useProgram(obj);
  // WebGL keeps the previous program when this one cannot be used.
  glSetCurrentProgram(GLctx.getParameter(0x8b8d)); // CURRENT_PROGRAM
}
/** glLinkProgram: a relinked program's uniforms get new locations. */
function glLinkProgramAndForget(program) {
  const obj = glObjects.program[program];
  if (obj === undefined) return glRecordError(0x501);
  if (obj) obj.glUniforms = null;
  GLctx.linkProgram(obj);
  if (obj && obj === glCurrent.program) glSetCurrentProgram(obj);
}

//! glCoreExtension needs: glState
/**
 * On WebGL 2 the ANGLE_instanced_arrays, OES_vertex_array_object and
 * WEBGL_draw_buffers extensions are core and not offered, but OpenGL ES
 * programs still call their entry points (glGenVertexArraysOES...): an
 * object of the extension's method names calling the core functions
 * stands in, made once per context. Null on WebGL 1 or for other names.
 */
function glCoreExtension(name) {
  if (!glIsWebGL2) return null;
  const gl = GLctx;
  let ext = null;
  switch (name) {
    case 'ANGLE_instanced_arrays':
      ext = {
        drawArraysInstancedANGLE: gl.drawArraysInstanced.bind(gl),
        drawElementsInstancedANGLE: gl.drawElementsInstanced.bind(gl),
        vertexAttribDivisorANGLE: gl.vertexAttribDivisor.bind(gl),
      };
      break;
    case 'OES_vertex_array_object':
      ext = {
        createVertexArrayOES: gl.createVertexArray.bind(gl),
        deleteVertexArrayOES: gl.deleteVertexArray.bind(gl),
        isVertexArrayOES: gl.isVertexArray.bind(gl),
        bindVertexArrayOES: gl.bindVertexArray.bind(gl),
      };
      break;
    case 'WEBGL_draw_buffers':
      ext = { drawBuffersWEBGL: gl.drawBuffers.bind(gl) };
      break;
  }
  if (ext) glCurrent.exts[name] = ext;
  return ext;
}

//! env.__wasmcc_gl_string needs: glState, glExtensionNames, mem, utf8
function __wasmcc_gl_string(name, index, buf, cap) {
  if (!GLctx) return -1;
  let text;
  if (index >= 0) {
    // glGetStringi: GLES 3 only, and only for GL_EXTENSIONS.
    if (!glIsWebGL2) return glRecordError(0x502) - 1;
    if (name !== 0x1f03) return glRecordError(0x500) - 1;
    const names = glExtensionNames();
    if (index >= names.length) return glRecordError(0x501) - 1;
    text = names[index];
  } else {
    const es = glIsWebGL2 ? '3.0' : '2.0';
    switch (name) {
      case 0x1f00: // VENDOR
      case 0x1f01: // RENDERER
        text = String(GLctx.getParameter(name));
        break;
      case 0x1f02: // VERSION
        text = `OpenGL ES ${es} (${GLctx.getParameter(0x1f02)})`;
        break;
      case 0x8b8c: // SHADING_LANGUAGE_VERSION
        text = `OpenGL ES GLSL ES ${glIsWebGL2 ? '3.00' : '1.00'} (${GLctx.getParameter(0x8b8c)})`;
        break;
      case 0x1f03: // EXTENSIONS
        text = glExtensionNames().join(' ');
        break;
      default:
        return glRecordError(0x500) - 1;
    }
  }
  const bytes = utf8Encoder.encode(text);
  if (cap > bytes.length) {
    u8().set(bytes, buf);
    u8()[buf + bytes.length] = 0;
  }
  return bytes.length;
}

//! env.__wasmcc_webgl_create_context needs: glState, findEventTarget
function __wasmcc_webgl_create_context(target, alpha, depth, stencil, antialias, premultipliedAlpha, preserveDrawingBuffer, powerPreference, failIfMajorPerformanceCaveat, majorVersion, minorVersion, enableExtensionsByDefault) {
  const canvas = findEventTarget(target);
  if (!canvas || typeof canvas.getContext != 'function') return 0;
  if (majorVersion > (settings.maxWebglVersion || 1)) return 0;
  const version = majorVersion >= 2 ? 2 : 1;
  const gl = canvas.getContext(version === 2 ? 'webgl2' : 'webgl', {
    alpha: !!alpha,
    depth: !!depth,
    stencil: !!stencil,
    antialias: !!antialias,
    premultipliedAlpha: !!premultipliedAlpha,
    preserveDrawingBuffer: !!preserveDrawingBuffer,
    powerPreference: ['default', 'low-power', 'high-performance'][powerPreference] || 'default',
    failIfMajorPerformanceCaveat: !!failIfMajorPerformanceCaveat,
  });
  if (!gl) return 0;
  const record = { gl, version, canvas, error: 0, exts: {}, handle: glContexts.length, program: null, uniforms: [] };
  glContexts.push(record);
  if (enableExtensionsByDefault) {
    for (const name of gl.getSupportedExtensions() || []) record.exts[name] = gl.getExtension(name);
  }
  return record.handle;
}

//! env.emscripten_webgl_make_context_current needs: glState
function emscripten_webgl_make_context_current(handle) {
  const record = glContexts[handle];
  if (handle && !record) return -5;
  glMakeCurrent(record || null);
  return 0;
}

//! env.emscripten_webgl_get_current_context needs: glState
function emscripten_webgl_get_current_context() {
  return glCurrent ? glCurrent.handle : 0;
}

//! env.emscripten_webgl_destroy_context needs: glState
function emscripten_webgl_destroy_context(handle) {
  const record = glContexts[handle];
  if (!record) return -5;
  if (glCurrent === record) glMakeCurrent(null);
  glContexts[handle] = null;
  return 0;
}

//! env.emscripten_webgl_enable_extension needs: glState, utf8
function emscripten_webgl_enable_extension(handle, namePtr) {
  const record = glContexts[handle];
  if (!record) return 0;
  // GLES spells them with a GL_ prefix, WebGL without.
  const name = readCString(namePtr).replace(/^GL_/, '');
  const ext = record.gl.getExtension(name);
  if (ext) record.exts[name] = ext;
  return ext ? 1 : 0;
}

//! env.emscripten_webgl_get_drawing_buffer_size needs: glState, mem
function emscripten_webgl_get_drawing_buffer_size(handle, widthPtr, heightPtr) {
  const record = glContexts[handle];
  if (!record) return -5;
  if (widthPtr) dv().setInt32(widthPtr, record.gl.drawingBufferWidth, true);
  if (heightPtr) dv().setInt32(heightPtr, record.gl.drawingBufferHeight, true);
  return 0;
}

//! glClientArrays needs: glState, glViews, glCoreExtension
// -sFULL_ES2: OpenGL ES 2.0 lets glVertexAttribPointer and glDrawElements
// take pointers into client memory when no buffer is bound; WebGL does not.
// Such attributes are recorded here and, at each draw, the bytes the draw
// reads are copied into buffers of our own, which stand in for the pointer.
// Programs that bind buffers pay one test per draw.
/** The emulation's state for the current context, made on first use. */
function glClient() {
  let c = glCurrent.client;
  if (!c) {
    c = glCurrent.client = {
      // The buffer the program bound to ARRAY_BUFFER (WebGL object or null).
      arrayBuffer: null,
      // Bit i: attribute i reads client memory.
      mask: 0,
      // Per attribute: { size, type, normalized, stride, ptr, buffer }.
      attribs: [],
      indexBuffer: null,
    };
  }
  return c;
}
/** Bytes per element of a vertex or index type. */
function glTypeBytes(type) {
  switch (type) {
    case 0x1400: // BYTE
    case 0x1401: // UNSIGNED_BYTE
      return 1;
    case 0x1402: // SHORT
    case 0x1403: // UNSIGNED_SHORT
    case 0x140b: // HALF_FLOAT
    case 0x8d61: // HALF_FLOAT_OES
      return 2;
    default:
      return 4;
  }
}
/** Copies bytes [start, end) of wasm memory into the buffer bound to target. */
function glUpload(target, start, end) {
  glViews();
  if (glIsWebGL2) GLctx.bufferData(target, heapU8, 0x88e0, start, end - start);
  else GLctx.bufferData(target, heapU8.subarray(start, end), 0x88e0); // STREAM_DRAW
}
function glClientBindBuffer(target, buffer) {
  const obj = glObjects.buffer[buffer];
  if (obj === undefined) return glRecordError(0x502);
  if (target === 0x8892) glClient().arrayBuffer = obj; // ARRAY_BUFFER
  GLctx.bindBuffer(target, obj);
}
function glClientAttribPointer(index, size, type, normalized, stride, ptr) {
  const c = glClient();
  if (c.arrayBuffer || index >= 32) {
    if (index < 32) c.mask &= ~(1 << index);
    GLctx.vertexAttribPointer(index, size, type, !!normalized, stride, ptr);
    return;
  }
  // Checked now, as GLES does, rather than at the draw.
  if (size < 1 || size > 4 || stride < 0 || stride > 255) return glRecordError(0x501);
  const a = c.attribs[index] || (c.attribs[index] = { buffer: GLctx.createBuffer() });
  a.size = size;
  a.type = type;
  a.normalized = !!normalized;
  a.stride = stride || size * glTypeBytes(type);
  a.ptr = ptr;
  a.bytes = size * glTypeBytes(type);
  c.mask |= 1 << index;
}
/** Whether client attribute i is enabled (VERTEX_ATTRIB_ARRAY_ENABLED). */
function glClientEnabled(c, i) {
  return (c.mask >>> i) & 1 && GLctx.getVertexAttrib(i, 0x8622);
}
/**
 * Uploads what a draw reads of each enabled client attribute: vertices
 * [0, end), or for an instanced draw, the first ceil(instances / divisor)
 * elements of an attribute with a divisor.
 */
function glClientUpload(c, end, instances) {
  let any = false;
  for (let i = 0; i < 32 && c.mask >>> i; i++) {
    if (!glClientEnabled(c, i)) continue;
    const a = c.attribs[i];
    const divisor = instances ? GLctx.getVertexAttrib(i, 0x88fe) : 0; // VERTEX_ATTRIB_ARRAY_DIVISOR
    const n = divisor ? Math.ceil(instances / divisor) : end;
    GLctx.bindBuffer(0x8892, a.buffer);
    if (n > 0) glUpload(0x8892, a.ptr, a.ptr + (n - 1) * a.stride + a.bytes);
    GLctx.vertexAttribPointer(i, a.size, a.type, a.normalized, a.stride, 0);
    any = true;
  }
  if (any) GLctx.bindBuffer(0x8892, c.arrayBuffer);
}
/** Runs draw() for a glDrawArrays-style call of vertices [first, first + count). */
function glClientArrays(first, count, instances, draw) {
  const c = glCurrent && glCurrent.client;
  if (c && c.mask && count > 0) glClientUpload(c, first + count, instances);
  draw();
}
/** The highest of count indices of a type's view from element `at`, restart indices aside. */
function glMaxIndex(view, at, count) {
  // WebGL 2 always restarts primitives at the type's largest value.
  const restart = glIsWebGL2 ? 2 ** (view.BYTES_PER_ELEMENT * 8) - 1 : -1;
  let max = -1;
  for (let i = at; i < at + count && i < view.length; i++) if (view[i] > max && view[i] !== restart) max = view[i];
  return max;
}
/** A typed view of a type's indices over bytes. */
function glIndexView(bytes, type) {
  const Type = type === 0x1401 ? Uint8Array : type === 0x1403 ? Uint16Array : Uint32Array;
  return new Type(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / Type.BYTES_PER_ELEMENT));
}
/**
 * The highest index a draw reads from the bound element buffer: from the
 * copy kept at glBufferData, or read back on WebGL 2; -1 if unknown.
 */
function glBoundMaxIndex(buffer, count, type, offset) {
  const bytes = glTypeBytes(type);
  if (buffer.glIndices) return glMaxIndex(glIndexView(buffer.glIndices, type), offset / bytes, count);
  if (!glIsWebGL2) return null;
  const read = new Uint8Array(count * bytes);
  GLctx.getBufferSubData(0x8893, offset, read);
  return glMaxIndex(glIndexView(read, type), 0, count);
}
/**
 * Runs draw(offset) for a glDrawElements-style call. Client indices are
 * copied into a buffer of our own (offset 0); client vertex arrays are
 * uploaded up to `end`, or when end is -1, up to the highest index drawn.
 */
function glClientElements(count, type, indices, instances, end, draw) {
  const c = glCurrent && glCurrent.client;
  const mask = c ? c.mask : 0;
  if (!mask && !indices) return draw(indices);
  if (count < 0) return glRecordError(0x501);
  const bytes = glTypeBytes(type);
  if (indices % bytes) return glRecordError(0x502);
  const bound = GLctx.getParameter(0x8895); // ELEMENT_ARRAY_BUFFER_BINDING
  if (bound) {
    if (mask && end < 0) {
      const max = glBoundMaxIndex(bound, count, type, indices);
      // Indices whose values cannot be learnt cannot size client arrays.
      if (max === null) return glRecordError(0x502);
      end = max + 1;
    }
    if (mask) glClientUpload(c, end, instances);
    return draw(indices);
  }
  glViews();
  if (end < 0) end = glMaxIndex(glIndexView(heapU8, type), indices / bytes, count) + 1;
  if (mask) glClientUpload(c, end, instances);
  const cl = glClient();
  if (!cl.indexBuffer) cl.indexBuffer = GLctx.createBuffer();
  GLctx.bindBuffer(0x8893, cl.indexBuffer);
  glUpload(0x8893, indices, indices + count * bytes);
  draw(0);
  GLctx.bindBuffer(0x8893, null);
}
/** The ANGLE_instanced_arrays entry points, or WebGL 2's under their names. */
function glInstancing() {
  return glCurrent.exts.ANGLE_instanced_arrays || glCoreExtension('ANGLE_instanced_arrays');
}
function glClientDrawArrays(mode, first, count) {
  glClientArrays(first, count, 0, () => GLctx.drawArrays(mode, first, count));
}
function glClientDrawElements(mode, count, type, indices) {
  glClientElements(count, type, indices, 0, -1, (at) => GLctx.drawElements(mode, count, type, at));
}
function glClientDrawRangeElements(mode, start, end, count, type, indices) {
  if (!glIsWebGL2) return glRecordError(0x502);
  if (end < start) return glRecordError(0x501);
  glClientElements(count, type, indices, 0, end + 1, (at) =>
    GLctx.drawRangeElements(mode, start, end, count, type, at)
  );
}
function glClientDrawArraysInstanced(mode, first, count, instances) {
  if (!glIsWebGL2) return glRecordError(0x502);
  glClientArrays(first, count, instances, () => GLctx.drawArraysInstanced(mode, first, count, instances));
}
function glClientDrawElementsInstanced(mode, count, type, indices, instances) {
  if (!glIsWebGL2) return glRecordError(0x502);
  glClientElements(count, type, indices, instances, -1, (at) =>
    GLctx.drawElementsInstanced(mode, count, type, at, instances)
  );
}
function glClientDrawArraysInstancedANGLE(mode, first, count, instances) {
  const ext = glInstancing();
  if (!ext) return glRecordError(0x502);
  glClientArrays(first, count, instances, () => ext.drawArraysInstancedANGLE(mode, first, count, instances));
}
function glClientDrawElementsInstancedANGLE(mode, count, type, indices, instances) {
  const ext = glInstancing();
  if (!ext) return glRecordError(0x502);
  glClientElements(count, type, indices, instances, -1, (at) =>
    ext.drawElementsInstancedANGLE(mode, count, type, at, instances)
  );
}
/**
 * glBufferData and glBufferSubData: an element buffer's indices are also
 * kept here, so that a draw from client vertex arrays can be sized.
 */
function glClientBufferData(target, size, data, usage) {
  glViews();
  if (!data) GLctx.bufferData(target, size, usage);
  else if (glIsWebGL2) GLctx.bufferData(target, heapU8, usage, data, size);
  else GLctx.bufferData(target, heapU8.subarray(data, data + size), usage);
  const buffer = target === 0x8893 && size >= 0 && GLctx.getParameter(0x8895);
  if (buffer) buffer.glIndices = data ? heapU8.slice(data, data + size) : new Uint8Array(size);
}
function glClientBufferSubData(target, offset, size, data) {
  glViews();
  if (glIsWebGL2) GLctx.bufferSubData(target, offset, heapU8, data, size);
  else GLctx.bufferSubData(target, offset, heapU8.subarray(data, data + size));
  const buffer = target === 0x8893 && GLctx.getParameter(0x8895);
  const copy = buffer && buffer.glIndices;
  if (copy && offset >= 0 && size >= 0 && offset + size <= copy.length) copy.set(heapU8.subarray(data, data + size), offset);
}
/** glCopyBufferSubData: an element buffer written this way is read back at draws. */
function glClientCopyBufferSubData(readTarget, writeTarget, readOffset, writeOffset, size) {
  if (!glIsWebGL2) return glRecordError(0x502);
  GLctx.copyBufferSubData(readTarget, writeTarget, readOffset, writeOffset, size);
  const buffer = writeTarget === 0x8893 && GLctx.getParameter(0x8895);
  if (buffer) buffer.glIndices = null;
}
