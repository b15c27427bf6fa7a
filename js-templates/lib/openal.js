// OpenAL 1.1 (AL/al.h, AL/alc.h) over WebAudio.
//
// One state machine serves both hosts: devices, contexts, buffers and
// sources, and each source's playback position, which advances with the JS
// clock (performance.now) at the source's pitch. A source is AL_PLAYING until
// its position passes the end of its queue, and a queued buffer is processed
// once the position has passed it; both are worked out when the program asks
// (alUpdate), so nothing runs between calls. In Node there is no WebAudio:
// the device is silent and keeps time. In a page, each device is an
// AudioContext, and a playing source has an AudioBufferSourceNode per queued
// buffer, scheduled from the same position, through a PannerNode (direction)
// and a GainNode (gain and distance attenuation, computed here) into the
// context's listener GainNode. Browsers start an AudioContext suspended
// until the user's first gesture (autoResumeAudioContext): until then
// sources play silently, keeping time, and when it runs, playing sources
// are scheduled from where they are.
//
// Errors follow OpenAL 1.1: each context keeps the first AL error until
// alGetError, each device the first ALC error until alcGetError; a call
// without a current context does nothing. Handles of devices and contexts
// are small numbers, never reused; buffer and source names are never reused.

//! alState needs: mem, autoResumeAudioContext
const AL_NONE = 0;
const AL_INVALID_NAME = 0xa001;
const AL_INVALID_ENUM = 0xa002;
const AL_INVALID_VALUE = 0xa003;
const AL_INVALID_OPERATION = 0xa004;
const AL_INITIAL = 0x1011;
const AL_PLAYING = 0x1012;
const AL_PAUSED = 0x1013;
const AL_STOPPED = 0x1014;
const AL_STATIC = 0x1028;
const AL_STREAMING = 0x1029;
const AL_UNDETERMINED = 0x1030;
const AL_INVERSE_DISTANCE = 0xd001;
const AL_INVERSE_DISTANCE_CLAMPED = 0xd002;
const AL_LINEAR_DISTANCE = 0xd003;
const AL_LINEAR_DISTANCE_CLAMPED = 0xd004;
const AL_EXPONENT_DISTANCE = 0xd005;
const AL_EXPONENT_DISTANCE_CLAMPED = 0xd006;
const ALC_INVALID_DEVICE = 0xa001;
const ALC_INVALID_CONTEXT = 0xa002;
const ALC_INVALID_ENUM = 0xa003;
const ALC_INVALID_VALUE = 0xa004;
const FLT_MAX = 3.4028234663852886e38;
/** The one device's name, as alcGetString and alcOpenDevice know it. */
const AL_DEVICE_NAME = 'WebAudio';
const AL_EXTENSIONS = 'AL_EXT_EXPONENT_DISTANCE AL_EXT_FLOAT32 AL_EXT_LINEAR_DISTANCE AL_EXT_OFFSET';
const ALC_EXTENSIONS = 'ALC_ENUMERATE_ALL_EXT ALC_ENUMERATION_EXT';
/** Formats: channels, bytes per sample, and how a sample reads. */
const AL_FORMATS = new Map([
  [0x1100, { channels: 1, bytes: 1 }], // AL_FORMAT_MONO8
  [0x1101, { channels: 1, bytes: 2 }], // AL_FORMAT_MONO16
  [0x1102, { channels: 2, bytes: 1 }], // AL_FORMAT_STEREO8
  [0x1103, { channels: 2, bytes: 2 }], // AL_FORMAT_STEREO16
  [0x10010, { channels: 1, bytes: 4 }], // AL_FORMAT_MONO_FLOAT32
  [0x10011, { channels: 2, bytes: 4 }], // AL_FORMAT_STEREO_FLOAT32
]);

const AL = {
  devices: new Map(),
  contexts: new Map(),
  /** The current context's record, or null. */
  current: null,
  nextHandle: 1,
  /** Buffer and source names: one sequence, so a name is never both. */
  nextName: 1,
  /** The ALC error of calls given no device, or one that is not open. */
  alcError: 0,
};

function alNow() {
  return performance.now() / 1000;
}
/** Records an AL error on the current context unless one is pending. */
function alError(code) {
  if (AL.current && !AL.current.error) AL.current.error = code;
}
function alcError(device, code) {
  if (device) {
    if (!device.error) device.error = code;
  } else if (!AL.alcError) AL.alcError = code;
}

/** The source named `name` in the current context, or null (AL_INVALID_NAME recorded). */
function alSourceOf(name) {
  const src = AL.current.sources.get(name >>> 0);
  if (!src) alError(AL_INVALID_NAME);
  return src || null;
}
/** The buffer named `name` of the current device, or null (nothing recorded). */
function alBufferOf(name) {
  return AL.current.device.buffers.get(name >>> 0) || null;
}
function alReadNames(n, ptr) {
  const view = dv();
  const names = [];
  for (let i = 0; i < n; i++) names.push(view.getUint32(ptr + 4 * i, true));
  return names;
}

// --- Buffers ---

function alSeconds(buffer) {
  return buffer && buffer.freq > 0 ? buffer.frames / buffer.freq : 0;
}
/** Converts `size` bytes of `format` at `ptr` to one Float32Array per channel. */
function alDecode(format, ptr, size) {
  const { channels, bytes } = AL_FORMATS.get(format);
  const frames = size / (channels * bytes);
  const out = [];
  for (let c = 0; c < channels; c++) out.push(new Float32Array(frames));
  if (!ptr) return out;
  // Typed views need aligned data; a copy aligns it.
  const raw = u8().slice(ptr, ptr + size).buffer;
  const samples = bytes === 1 ? new Uint8Array(raw) : bytes === 2 ? new Int16Array(raw) : new Float32Array(raw);
  const scale = bytes === 1 ? 1 / 128 : bytes === 2 ? 1 / 32768 : 1;
  const bias = bytes === 1 ? 128 : 0;
  for (let c = 0; c < channels; c++) {
    const channel = out[c];
    for (let i = 0, j = c; i < frames; i++, j += channels) channel[i] = (samples[j] - bias) * scale;
  }
  return out;
}

// --- Sources: the state machine ---

function alNewSource(ctx, name) {
  return {
    name,
    ctx,
    type: AL_UNDETERMINED,
    queue: [],
    state: AL_INITIAL,
    looping: false,
    relative: false,
    gain: 1,
    minGain: 0,
    maxGain: 1,
    pitch: 1,
    refDistance: 1,
    rolloff: 1,
    maxDistance: FLT_MAX,
    coneInner: 360,
    coneOuter: 360,
    coneOuterGain: 0,
    position: [0, 0, 0],
    velocity: [0, 0, 0],
    direction: [0, 0, 0],
    // The position in the queue, in seconds of sound, was `at` when the
    // clock read `since`; while playing it advances at `pitch`. For a
    // looping source it keeps growing past the queue's end, and reads wrap.
    at: 0,
    since: 0,
    /** An offset set before playing, in seconds, used by the next play. */
    pending: null,
    /** WebAudio nodes, made when the source first sounds. */
    out: null,
  };
}
function alQueueSeconds(src) {
  let total = 0;
  for (const b of src.queue) total += alSeconds(b);
  return total;
}
/** The position in seconds, unwrapped (see `at`). */
function alRawPosition(src, now) {
  return src.state === AL_PLAYING ? src.at + (now - src.since) * src.pitch : src.at;
}
/** The position in seconds within the queue. */
function alPosition(src) {
  if (src.state !== AL_PLAYING && src.state !== AL_PAUSED) return 0;
  const p = alRawPosition(src, alNow());
  const total = alQueueSeconds(src);
  return src.looping && total > 0 ? p % total : Math.min(p, total);
}
/** Brings a source's state up to the clock: a source that has played its queue stops. */
function alUpdate(src) {
  if (src.state !== AL_PLAYING) return;
  const total = alQueueSeconds(src);
  const p = alRawPosition(src, alNow());
  if (total > 0 && (src.looping || p < total)) {
    alAudioTopUp(src);
    return;
  }
  src.state = AL_STOPPED;
  src.at = total;
  alAudioSilence(src);
}
/** Starts the clock again from the current position (before the pitch or looping changes). */
function alRebase(src) {
  const now = alNow();
  const total = alQueueSeconds(src);
  let p = alRawPosition(src, now);
  if (src.looping && total > 0) p %= total;
  src.at = p;
  src.since = now;
}
function alProcessed(src) {
  // A looping queue never finishes a buffer, and a static buffer is not a queue.
  if (src.type !== AL_STREAMING || src.looping) return 0;
  if (src.state === AL_STOPPED) return src.queue.length;
  if (src.state === AL_INITIAL) return 0;
  const p = alRawPosition(src, alNow());
  let end = 0;
  let n = 0;
  for (const b of src.queue) {
    end += alSeconds(b);
    if (end > p) break;
    n++;
  }
  return n;
}
function alPlay(src) {
  const total = alQueueSeconds(src);
  if (src.state !== AL_PAUSED) src.at = src.state === AL_INITIAL && src.pending !== null ? src.pending : 0;
  src.pending = null;
  src.since = alNow();
  if (total <= 0 || src.at >= total) {
    // Nothing to play: it has played at once.
    src.state = AL_STOPPED;
    src.at = total;
    alAudioSilence(src);
    return;
  }
  src.state = AL_PLAYING;
  alAudioRestart(src);
}
function alPause(src) {
  if (src.state !== AL_PLAYING) return;
  alRebase(src);
  src.state = AL_PAUSED;
  alAudioSilence(src);
}
function alStop(src) {
  if (src.state === AL_INITIAL) return;
  src.state = AL_STOPPED;
  src.at = alQueueSeconds(src);
  src.pending = null;
  alAudioSilence(src);
}
function alRewind(src) {
  src.state = AL_INITIAL;
  src.at = 0;
  src.pending = null;
  alAudioSilence(src);
}
/** Runs `act` on each named source of a `v` call, once all names are known good. */
function alEachSource(n, ptr, act) {
  if (!AL.current) return;
  if (n < 0) return alError(AL_INVALID_VALUE);
  const sources = [];
  for (const name of alReadNames(n, ptr)) {
    const src = alSourceOf(name);
    if (!src) return;
    sources.push(src);
  }
  for (const src of sources) {
    alUpdate(src);
    act(src);
  }
}
/** Sets the queue to one buffer (or none), for AL_BUFFER. */
function alAttach(src, name) {
  if (src.state === AL_PLAYING || src.state === AL_PAUSED) return alError(AL_INVALID_OPERATION);
  const buffer = name ? alBufferOf(name) : null;
  if (name && !buffer) return alError(AL_INVALID_VALUE);
  for (const b of src.queue) if (b) b.refs--;
  src.queue = buffer ? [buffer] : [];
  if (buffer) buffer.refs++;
  src.type = buffer ? AL_STATIC : AL_UNDETERMINED;
}
/** Converts an offset in `param`'s unit to seconds in the queue, or null if past its end. */
function alOffsetToSeconds(src, param, value) {
  let seconds = 0;
  for (const b of src.queue) {
    if (!b) continue;
    const frames = param === 0x1024 ? value * b.freq : param === 0x1025 ? value : value / b.frameBytes;
    if (frames < b.frames) return seconds + Math.floor(frames) / b.freq;
    value -= param === 0x1024 ? b.frames / b.freq : param === 0x1025 ? b.frames : b.bytes;
    seconds += alSeconds(b);
  }
  return null;
}
/** The position in `param`'s unit (AL_SEC_OFFSET, AL_SAMPLE_OFFSET or AL_BYTE_OFFSET). */
function alOffsetIn(src, param) {
  const p = alPosition(src);
  if (param === 0x1024) return p;
  let start = 0;
  let frames = 0;
  let unit = 1;
  for (const b of src.queue) {
    if (!b) continue;
    unit = param === 0x1025 ? 1 : b.frameBytes;
    const end = start + alSeconds(b);
    // The margin keeps a position that is a whole sample from reading one less.
    if (p < end) return (frames + Math.floor((p - start) * b.freq + 1e-6)) * unit;
    frames += b.frames;
    start = end;
  }
  return frames * unit;
}
function alSeek(src, param, value) {
  const seconds = value >= 0 ? alOffsetToSeconds(src, param, value) : null;
  if (seconds === null) return alError(AL_INVALID_VALUE);
  if (src.state === AL_PLAYING || src.state === AL_PAUSED) {
    src.at = seconds;
    src.since = alNow();
    if (src.state === AL_PLAYING) alAudioRestart(src);
  } else src.pending = seconds;
}

// --- Positions and gain ---

function alSub(a, b) {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function alDot(a, b) {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function alCross(a, b) {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
function alNormal(a) {
  const len = Math.hypot(a[0], a[1], a[2]);
  return len > 0 ? [a[0] / len, a[1] / len, a[2] / len] : [0, 0, 0];
}
/** `v` (a point, or with `isDirection` a direction) in the listener's frame: x right, y up, z behind. */
function alInListenerFrame(ctx, v, relative, isDirection) {
  const L = ctx.listener;
  const forward = alNormal(L.at);
  const right = alNormal(alCross(forward, L.up));
  const up = alCross(right, forward);
  const p = relative || isDirection ? v : alSub(v, L.position);
  return [alDot(p, right), alDot(p, up), -alDot(p, forward)];
}
/** The source's gain after distance attenuation (OpenAL 1.1 section 3.4), clamped to its min and max. */
function alSourceGain(src) {
  const ctx = src.ctx;
  const offset = src.relative ? src.position : alSub(src.position, ctx.listener.position);
  let d = Math.hypot(offset[0], offset[1], offset[2]);
  const ref = src.refDistance;
  const max = src.maxDistance;
  const roll = src.rolloff;
  const model = ctx.distanceModel;
  if (model === AL_INVERSE_DISTANCE_CLAMPED || model === AL_LINEAR_DISTANCE_CLAMPED || model === AL_EXPONENT_DISTANCE_CLAMPED) {
    d = Math.min(Math.max(d, ref), max);
  }
  let g = 1;
  if (model === AL_INVERSE_DISTANCE || model === AL_INVERSE_DISTANCE_CLAMPED) {
    const denominator = ref + roll * (d - ref);
    if (denominator > 0) g = ref / denominator;
  } else if (model === AL_LINEAR_DISTANCE || model === AL_LINEAR_DISTANCE_CLAMPED) {
    if (max !== ref) g = Math.max(0, 1 - (roll * (d - ref)) / (max - ref));
  } else if (model === AL_EXPONENT_DISTANCE || model === AL_EXPONENT_DISTANCE_CLAMPED) {
    if (d > 0 && ref > 0) g = Math.pow(d / ref, -roll);
  }
  return Math.min(Math.max(g * src.gain, src.minGain), src.maxGain);
}

// --- Parameters ---
// Each parameter: how many values, whether the float calls may set it
// ('int' parameters take integer calls only), whether it is read-only, and
// the values it accepts.

const alNonNegative = (v) => v >= 0;
const alUnit = (v) => v >= 0 && v <= 1;
const alFinite = (v) => Number.isFinite(v);
const alBoolean = (v) => v === 0 || v === 1;
const alAngle = (v) => v >= 0 && v <= 360;
const alSourceParams = new Map([
  [0x202, { n: 1, ok: alBoolean, get: (s) => +s.relative, set: (s, v) => (s.relative = !!v[0]) }],
  [0x1001, { n: 1, ok: alAngle, get: (s) => s.coneInner, set: (s, v) => (s.coneInner = v[0]) }],
  [0x1002, { n: 1, ok: alAngle, get: (s) => s.coneOuter, set: (s, v) => (s.coneOuter = v[0]) }],
  [0x1003, { n: 1, ok: alNonNegative, get: (s) => s.pitch, set: alSetPitch }],
  [0x1004, { n: 3, ok: alFinite, get: (s) => s.position, set: (s, v) => (s.position = v) }],
  [0x1005, { n: 3, ok: alFinite, get: (s) => s.direction, set: (s, v) => (s.direction = v) }],
  [0x1006, { n: 3, ok: alFinite, get: (s) => s.velocity, set: (s, v) => (s.velocity = v) }],
  [0x1007, { n: 1, ok: alBoolean, get: (s) => +s.looping, set: alSetLooping }],
  [0x1009, { n: 1, int: true, get: alCurrentBuffer, set: (s, v) => alAttach(s, v[0]) }],
  [0x100a, { n: 1, ok: alNonNegative, get: (s) => s.gain, set: (s, v) => (s.gain = v[0]) }],
  [0x100d, { n: 1, ok: alUnit, get: (s) => s.minGain, set: (s, v) => (s.minGain = v[0]) }],
  [0x100e, { n: 1, ok: alUnit, get: (s) => s.maxGain, set: (s, v) => (s.maxGain = v[0]) }],
  [0x1010, { n: 1, int: true, readOnly: true, get: (s) => s.state }],
  [0x1015, { n: 1, int: true, readOnly: true, get: (s) => s.queue.length }],
  [0x1016, { n: 1, int: true, readOnly: true, get: alProcessed }],
  [0x1020, { n: 1, ok: alNonNegative, get: (s) => s.refDistance, set: (s, v) => (s.refDistance = v[0]) }],
  [0x1021, { n: 1, ok: alNonNegative, get: (s) => s.rolloff, set: (s, v) => (s.rolloff = v[0]) }],
  [0x1022, { n: 1, ok: alUnit, get: (s) => s.coneOuterGain, set: (s, v) => (s.coneOuterGain = v[0]) }],
  [0x1023, { n: 1, ok: alNonNegative, get: (s) => s.maxDistance, set: (s, v) => (s.maxDistance = v[0]) }],
  [0x1024, { n: 1, ok: alFinite, get: (s) => alOffsetIn(s, 0x1024), set: (s, v) => alSeek(s, 0x1024, v[0]) }],
  [0x1025, { n: 1, ok: alFinite, get: (s) => alOffsetIn(s, 0x1025), set: (s, v) => alSeek(s, 0x1025, v[0]) }],
  [0x1026, { n: 1, ok: alFinite, get: (s) => alOffsetIn(s, 0x1026), set: (s, v) => alSeek(s, 0x1026, v[0]) }],
  [0x1027, { n: 1, int: true, readOnly: true, get: (s) => s.type }],
]);
/** AL_BUFFER: the static buffer, or the one a stream is at. */
function alCurrentBuffer(src) {
  if (src.type === AL_STATIC) return src.queue[0].name;
  if (src.state === AL_STOPPED) return 0;
  const p = alPosition(src);
  let end = 0;
  for (const b of src.queue) {
    end += alSeconds(b);
    if (p < end) return b ? b.name : 0;
  }
  return 0;
}
function alSetPitch(src, v) {
  alRebase(src);
  src.pitch = v[0];
  if (src.state === AL_PLAYING) alAudioRestart(src);
}
function alSetLooping(src, v) {
  alRebase(src);
  src.looping = !!v[0];
  if (src.state === AL_PLAYING) alAudioRestart(src);
}
const alListenerParams = new Map([
  [0x100a, { n: 1, ok: alNonNegative, get: (L) => L.gain, set: (L, v) => (L.gain = v[0]) }],
  [0x1004, { n: 3, ok: alFinite, get: (L) => L.position, set: (L, v) => (L.position = v) }],
  [0x1006, { n: 3, ok: alFinite, get: (L) => L.velocity, set: (L, v) => (L.velocity = v) }],
  [0x100f, { n: 6, ok: alFinite, get: (L) => [...L.at, ...L.up], set: (L, v) => ((L.at = v.slice(0, 3)), (L.up = v.slice(3))) }],
]);
const alBufferParams = new Map([
  [0x2001, { n: 1, int: true, readOnly: true, get: (b) => b.freq }],
  [0x2002, { n: 1, int: true, readOnly: true, get: (b) => b.bits }],
  [0x2003, { n: 1, int: true, readOnly: true, get: (b) => b.channels }],
  [0x2004, { n: 1, int: true, readOnly: true, get: (b) => b.bytes }],
]);
const alGlobalParams = new Map([
  [0xc000, { get: (c) => c.dopplerFactor }],
  [0xc001, { get: (c) => c.dopplerVelocity }],
  [0xc003, { get: (c) => c.speedOfSound }],
  [0xd000, { get: (c) => c.distanceModel }],
]);

/** The object a parameter call is about, or null (error recorded). */
function alTarget(kind, name) {
  if (kind === 'source') {
    const src = alSourceOf(name);
    if (src) alUpdate(src);
    return src;
  }
  if (kind === 'buffer') {
    const buffer = alBufferOf(name);
    if (!buffer) alError(AL_INVALID_NAME);
    return buffer;
  }
  return AL.current.listener;
}
function alParamsOf(kind) {
  return kind === 'source' ? alSourceParams : kind === 'buffer' ? alBufferParams : alListenerParams;
}
/**
 * A set call: `values` is null for a `v` call, whose count the parameter
 * decides, read from `ptr`; `isFloat` says which family was called.
 */
function alSet(kind, name, param, values, isFloat, ptr) {
  if (!AL.current) return;
  const target = alTarget(kind, name);
  if (!target) return;
  const spec = alParamsOf(kind).get(param);
  if (!spec || (isFloat && spec.int) || (values && values.length !== spec.n)) return alError(AL_INVALID_ENUM);
  if (spec.readOnly) return alError(kind === 'buffer' ? AL_INVALID_ENUM : AL_INVALID_OPERATION);
  if (!values) {
    if (!ptr) return alError(AL_INVALID_VALUE);
    const view = dv();
    values = [];
    for (let i = 0; i < spec.n; i++) values.push(isFloat ? view.getFloat32(ptr + 4 * i, true) : view.getInt32(ptr + 4 * i, true));
  }
  if (spec.ok && !values.every(spec.ok)) return alError(AL_INVALID_VALUE);
  spec.set(target, values);
  if (kind === 'source') alAudioPlace(target);
  else if (kind === 'listener') alAudioPlaceAll(AL.current);
}
/** A get call: writes the values to `ptrs` (one per value), or all to `ptrs[0]` for a `v` call. */
function alGet(kind, name, param, ptrs, isFloat, isVector) {
  if (!AL.current) return;
  const target = alTarget(kind, name);
  if (!target) return;
  const spec = alParamsOf(kind).get(param);
  if (!spec || (isFloat && spec.int) || (!isVector && ptrs.length !== spec.n)) return alError(AL_INVALID_ENUM);
  if (ptrs.some((p) => !p)) return alError(AL_INVALID_VALUE);
  const got = spec.get(target);
  const values = Array.isArray(got) ? got : [got];
  const view = dv();
  values.forEach((v, i) => {
    const at = isVector ? ptrs[0] + 4 * i : ptrs[i];
    if (isFloat) view.setFloat32(at, v, true);
    else view.setInt32(at, Math.max(-2147483648, Math.min(2147483647, Math.trunc(v))), true);
  });
}
/** alGetFloat and its kin: the global value, or null (error recorded). */
function alGlobal(param) {
  if (!AL.current) return null;
  const spec = alGlobalParams.get(param);
  if (!spec) {
    alError(AL_INVALID_ENUM);
    return null;
  }
  return spec.get(AL.current);
}

// --- Devices and contexts ---

function alDeviceOf(handle) {
  return AL.devices.get(handle) || null;
}
function alOpenDevice() {
  const device = { handle: AL.nextHandle++, error: 0, buffers: new Map(), contexts: new Set(), audio: null };
  device.audio = alAudioOpen(device);
  AL.devices.set(device.handle, device);
  return device;
}
function alNewContext(device, attributes) {
  const ctx = {
    handle: AL.nextHandle++,
    device,
    attributes,
    error: 0,
    sources: new Map(),
    listener: { gain: 1, position: [0, 0, 0], velocity: [0, 0, 0], at: [0, 0, -1], up: [0, 1, 0] },
    distanceModel: AL_INVERSE_DISTANCE_CLAMPED,
    dopplerFactor: 1,
    dopplerVelocity: 1,
    speedOfSound: 343.3,
    out: null,
  };
  device.contexts.add(ctx);
  AL.contexts.set(ctx.handle, ctx);
  return ctx;
}
function alDestroyContext(ctx) {
  for (const src of ctx.sources.values()) {
    alAudioSilence(src);
    for (const b of src.queue) if (b) b.refs--;
  }
  ctx.sources.clear();
  if (ctx.out) ctx.out.disconnect();
  ctx.device.contexts.delete(ctx);
  AL.contexts.delete(ctx.handle);
  if (AL.current === ctx) AL.current = null;
}
/** The output sample rate: the AudioContext's, else what the context asked for, else 44100. */
function alFrequency(device) {
  if (device.audio) return device.audio.sampleRate;
  for (const ctx of device.contexts) if (ctx.attributes.has(0x1007)) return ctx.attributes.get(0x1007);
  return 44100;
}

// --- WebAudio ---

function alAudioOpen(device) {
  const Context = globalThis.AudioContext || globalThis.webkitAudioContext;
  if (typeof Context != 'function') return null;
  let audio;
  try {
    audio = new Context();
  } catch {
    return null;
  }
  autoResumeAudioContext(audio);
  // Resumed (or suspended again): playing sources start sounding from where they are.
  audio.addEventListener('statechange', () => {
    for (const ctx of device.contexts) for (const src of ctx.sources.values()) {
      alUpdate(src);
      if (src.state === AL_PLAYING) alAudioRestart(src);
    }
  });
  return audio;
}
/** The AudioContext behind a device handle, when it is running, else null. */
function alAudioRunning(device) {
  return device.audio && device.audio.state === 'running' ? device.audio : null;
}
function alAudioSilence(src) {
  const out = src.out;
  if (!out) return;
  for (const node of out.nodes) {
    node.onended = null;
    try {
      node.stop();
    } catch {}
    node.disconnect();
  }
  out.nodes = [];
  out.until = 0;
  out.lastEnd = null;
}
/** Makes the source's gain and panner nodes (and the listener's) on first use. */
function alAudioChain(src, audio) {
  const ctx = src.ctx;
  if (!ctx.out) {
    ctx.out = audio.createGain();
    ctx.out.gain.value = ctx.listener.gain;
    ctx.out.connect(audio.destination);
  }
  if (!src.out) {
    const gain = audio.createGain();
    const panner = audio.createPanner();
    // Distance attenuation is ours (alSourceGain): the panner only places the sound.
    panner.panningModel = 'equalpower';
    panner.distanceModel = 'linear';
    panner.rolloffFactor = 0;
    panner.connect(gain);
    gain.connect(ctx.out);
    src.out = { gain, panner, nodes: [], until: 0, lastEnd: null };
    alAudioPlace(src);
  }
  return src.out;
}
function alAudioParam(param, value) {
  if (Number.isFinite(value) && param.value !== value) param.value = value;
}
/** Applies gain, position and cone to the source's nodes. */
function alAudioPlace(src) {
  const out = src.out;
  if (!out) return;
  alAudioParam(out.gain.gain, alSourceGain(src));
  const p = alInListenerFrame(src.ctx, src.position, src.relative, false);
  const panner = out.panner;
  alAudioParam(panner.positionX, p[0]);
  alAudioParam(panner.positionY, p[1]);
  alAudioParam(panner.positionZ, p[2]);
  const aimed = src.direction.some((v) => v !== 0);
  const d = aimed ? alInListenerFrame(src.ctx, src.direction, true, true) : [0, 0, -1];
  alAudioParam(panner.orientationX, d[0]);
  alAudioParam(panner.orientationY, d[1]);
  alAudioParam(panner.orientationZ, d[2]);
  panner.coneInnerAngle = aimed ? src.coneInner : 360;
  panner.coneOuterAngle = aimed ? src.coneOuter : 360;
  panner.coneOuterGain = src.coneOuterGain;
}
/** After a listener or global change: every source of the context. */
function alAudioPlaceAll(ctx) {
  if (ctx.out) alAudioParam(ctx.out.gain, ctx.listener.gain);
  for (const src of ctx.sources.values()) alAudioPlace(src);
}
/** (Re)schedules a playing source's nodes from its current position. */
function alAudioRestart(src) {
  alAudioSilence(src);
  const audio = alAudioRunning(src.ctx.device);
  if (!audio || src.state !== AL_PLAYING) return;
  const out = alAudioChain(src, audio);
  out.until = alRawPosition(src, alNow());
  alAudioTopUp(src);
}
/** The AudioBuffer of an AL buffer, made once per alBufferData. */
function alAudioBufferOf(audio, buffer) {
  if (!buffer.audio) {
    try {
      buffer.audio = new AudioBuffer({ length: buffer.frames, numberOfChannels: buffer.channels, sampleRate: buffer.freq });
      buffer.data.forEach((samples, c) => buffer.audio.copyToChannel(samples, c));
    } catch {
      // A rate WebAudio refuses: the buffer plays silently.
      return null;
    }
  }
  return buffer.audio;
}
/**
 * Schedules nodes from `out.until` (a position in seconds, unwrapped) on:
 * the whole queue, or for a looping queue of several buffers, the next
 * half minute of it (alUpdate tops it up). Each node starts when the one
 * before ends, so a stream plays without gaps.
 */
function alAudioTopUp(src) {
  const out = src.out;
  const audio = alAudioRunning(src.ctx.device);
  if (!out || !audio || src.state !== AL_PLAYING) return;
  const total = alQueueSeconds(src);
  if (total <= 0) return;
  const now = audio.currentTime;
  const p = alRawPosition(src, alNow());
  const sounding = src.queue.filter((b) => alSeconds(b) > 0);
  if (src.looping && sounding.length === 1) {
    // One buffer over and over: WebAudio loops it.
    if (out.nodes.length) return;
    alAudioStart(src, audio, sounding[0], now, p % total, true);
    out.until = Infinity;
    return;
  }
  const horizon = src.looping ? p + 30 * Math.max(src.pitch, 1e-3) : total;
  while (out.until < horizon && src.pitch > 0) {
    const pass = src.looping ? Math.floor(out.until / total) : 0;
    const local = out.until - pass * total;
    let start = 0;
    let next = null;
    for (const b of src.queue) {
      const end = start + alSeconds(b);
      if (local < end && end - local > 1e-9) {
        next = { b, start, end };
        break;
      }
      start = end;
    }
    if (!next) {
      if (!src.looping) break;
      out.until = (pass + 1) * total;
      continue;
    }
    const offset = Math.max(0, local - next.start);
    const when = out.lastEnd !== null && out.lastEnd > now ? out.lastEnd : now + Math.max(0, out.until - p) / src.pitch;
    alAudioStart(src, audio, next.b, when, offset, false);
    out.lastEnd = when + (next.end - next.start - offset) / src.pitch;
    out.until = pass * total + next.end;
  }
}
function alAudioStart(src, audio, buffer, when, offset, loop) {
  const data = alAudioBufferOf(audio, buffer);
  if (!data) return;
  const out = src.out;
  const node = audio.createBufferSource();
  node.buffer = data;
  node.loop = loop;
  node.playbackRate.value = src.pitch;
  // Stereo is not placed, as in OpenAL: only mono sources go through the panner.
  node.connect(buffer.channels === 1 ? out.panner : out.gain);
  node.onended = () => {
    const i = out.nodes.indexOf(node);
    if (i >= 0) out.nodes.splice(i, 1);
    node.disconnect();
  };
  out.nodes.push(node);
  node.start(when, offset);
}
/** For pages and tests: the state of the AudioContext behind a device handle ('none' in Node). */
function alAudioContextState(handle) {
  const device = alDeviceOf(handle);
  return device && device.audio ? device.audio.state : 'none';
}

//! env.__wasmcc_al_string needs: alState, alWrite
function __wasmcc_al_string(param, buf, cap) {
  const texts = {
    0x0: 'No Error',
    0xa001: 'Invalid Name',
    0xa002: 'Invalid Enum',
    0xa003: 'Invalid Value',
    0xa004: 'Invalid Operation',
    0xa005: 'Out of Memory',
    0xb001: 'wasmcc',
    0xb002: '1.1 wasmcc WebAudio',
    0xb003: 'WebAudio',
    0xb004: AL_EXTENSIONS,
  };
  const text = texts[param];
  if (text === undefined) {
    alError(AL_INVALID_ENUM);
    return -1;
  }
  return alWrite(text, buf, cap);
}

//! alWrite needs: mem
/** Writes `text`'s UTF-8 bytes to `buf` when they fit in `cap` (with a NUL); returns their count. */
function alWrite(text, buf, cap) {
  const bytes = new TextEncoder().encode(text);
  if (buf && cap > bytes.length) {
    u8().set(bytes, buf);
    u8()[buf + bytes.length] = 0;
  }
  return bytes.length;
}

//! env.__wasmcc_alc_string needs: alState, alWrite
function __wasmcc_alc_string(handle, param, buf, cap) {
  const device = alDeviceOf(handle);
  if (handle && !device) {
    alcError(null, ALC_INVALID_DEVICE);
    return -1;
  }
  let text;
  switch (param) {
    case 0x0:
      text = 'No Error';
      break;
    case 0xa001:
      text = 'Invalid Device';
      break;
    case 0xa002:
      text = 'Invalid Context';
      break;
    case 0xa003:
      text = 'Invalid Enum';
      break;
    case 0xa004:
      text = 'Invalid Value';
      break;
    case 0xa005:
      text = 'Out of Memory';
      break;
    case 0x1004: // ALC_DEFAULT_DEVICE_SPECIFIER
    case 0x1012: // ALC_DEFAULT_ALL_DEVICES_SPECIFIER
      text = AL_DEVICE_NAME;
      break;
    case 0x1005: // ALC_DEVICE_SPECIFIER: the device's name, or with no device the list of names
    case 0x1013: // ALC_ALL_DEVICES_SPECIFIER
      text = device ? AL_DEVICE_NAME : AL_DEVICE_NAME + '\0';
      break;
    case 0x310: // ALC_CAPTURE_DEVICE_SPECIFIER: there is none
      text = device ? '' : '\0';
      break;
    case 0x311: // ALC_CAPTURE_DEFAULT_DEVICE_SPECIFIER
      text = '';
      break;
    case 0x1006: // ALC_EXTENSIONS
      text = ALC_EXTENSIONS;
      break;
    default:
      alcError(device, ALC_INVALID_ENUM);
      return -1;
  }
  return alWrite(text, buf, cap);
}

//! env.alcOpenDevice needs: alState, utf8
function alcOpenDevice(name) {
  const wanted = name ? readCString(name) : '';
  if (wanted && wanted !== AL_DEVICE_NAME) {
    alcError(null, ALC_INVALID_VALUE);
    return 0;
  }
  return alOpenDevice().handle;
}

//! env.alcCloseDevice needs: alState
function alcCloseDevice(handle) {
  const device = alDeviceOf(handle);
  if (!device) {
    alcError(null, ALC_INVALID_DEVICE);
    return 0;
  }
  for (const ctx of [...device.contexts]) alDestroyContext(ctx);
  device.buffers.clear();
  if (device.audio) device.audio.close().catch(() => {});
  AL.devices.delete(handle);
  return 1;
}

//! env.alcCreateContext needs: alState
function alcCreateContext(handle, attrs) {
  const device = alDeviceOf(handle);
  if (!device) {
    alcError(null, ALC_INVALID_DEVICE);
    return 0;
  }
  const attributes = new Map();
  if (attrs) {
    const view = dv();
    for (let at = attrs; view.getInt32(at, true) !== 0; at += 8) {
      attributes.set(view.getInt32(at, true), view.getInt32(at + 4, true));
    }
  }
  return alNewContext(device, attributes).handle;
}

//! env.alcMakeContextCurrent needs: alState
function alcMakeContextCurrent(handle) {
  if (!handle) {
    AL.current = null;
    return 1;
  }
  const ctx = AL.contexts.get(handle);
  if (!ctx) {
    alcError(null, ALC_INVALID_CONTEXT);
    return 0;
  }
  AL.current = ctx;
  return 1;
}

//! env.alcGetCurrentContext needs: alState
function alcGetCurrentContext() {
  return AL.current ? AL.current.handle : 0;
}

//! env.alcGetContextsDevice needs: alState
function alcGetContextsDevice(handle) {
  const ctx = AL.contexts.get(handle);
  if (!ctx) {
    alcError(null, ALC_INVALID_CONTEXT);
    return 0;
  }
  return ctx.device.handle;
}

//! env.alcDestroyContext needs: alState
function alcDestroyContext(handle) {
  const ctx = AL.contexts.get(handle);
  if (!ctx) return alcError(null, ALC_INVALID_CONTEXT);
  alDestroyContext(ctx);
}

//! env.alcProcessContext needs: alState
function alcProcessContext(handle) {
  // Contexts always process: there is nothing to resume.
  if (!AL.contexts.has(handle)) alcError(null, ALC_INVALID_CONTEXT);
}

//! env.alcSuspendContext needs: alState
function alcSuspendContext(handle) {
  // Updates take effect at once, suspended or not, which 1.1 allows.
  if (!AL.contexts.has(handle)) alcError(null, ALC_INVALID_CONTEXT);
}

//! env.alcGetError needs: alState
function alcGetError(handle) {
  const device = alDeviceOf(handle);
  if (handle && !device) return ALC_INVALID_DEVICE;
  const holder = device || AL;
  const key = device ? 'error' : 'alcError';
  const code = holder[key];
  holder[key] = 0;
  return code;
}

//! env.alcGetIntegerv needs: alState
function alcGetIntegerv(handle, param, size, ptr) {
  const device = alDeviceOf(handle);
  if (handle && !device) return alcError(null, ALC_INVALID_DEVICE);
  if (size <= 0 || !ptr) return alcError(device, ALC_INVALID_VALUE);
  let values;
  const attributes = () => {
    const list = [0x1007, alFrequency(device), 0x1008, 50, 0x1009, 0, 0x1010, 255, 0x1011, 1];
    return list.concat([0]);
  };
  switch (param) {
    case 0x1000: // ALC_MAJOR_VERSION
      values = [1];
      break;
    case 0x1001: // ALC_MINOR_VERSION
      values = [1];
      break;
    case 0x1002: // ALC_ATTRIBUTES_SIZE
    case 0x1003: // ALC_ALL_ATTRIBUTES
    case 0x1007: // ALC_FREQUENCY
    case 0x1008: // ALC_REFRESH
    case 0x1009: // ALC_SYNC
    case 0x1010: // ALC_MONO_SOURCES
    case 0x1011: {
      // ALC_STEREO_SOURCES
      if (!device) return alcError(null, ALC_INVALID_DEVICE);
      const all = attributes();
      if (param === 0x1002) values = [all.length];
      else if (param === 0x1003) {
        if (size < all.length) return alcError(device, ALC_INVALID_VALUE);
        values = all;
      } else values = [all[all.indexOf(param) + 1]];
      break;
    }
    case 0x312: // ALC_CAPTURE_SAMPLES: this is no capture device
      return alcError(device, ALC_INVALID_DEVICE);
    default:
      return alcError(device, ALC_INVALID_ENUM);
  }
  const view = dv();
  values.slice(0, size).forEach((v, i) => view.setInt32(ptr + 4 * i, v, true));
}

//! env.alcIsExtensionPresent needs: alState, utf8
function alcIsExtensionPresent(handle, name) {
  const device = alDeviceOf(handle);
  if (handle && !device) {
    alcError(null, ALC_INVALID_DEVICE);
    return 0;
  }
  if (!name) {
    alcError(device, ALC_INVALID_VALUE);
    return 0;
  }
  const wanted = readCString(name).toUpperCase();
  const known = (ALC_EXTENSIONS + ' ALC_EXT_CAPTURE').split(' ');
  return known.some((e) => e.toUpperCase() === wanted) ? 1 : 0;
}

//! env.alcGetEnumValue needs: alState, alEnums, utf8
function alcGetEnumValue(handle, name) {
  if (!name) {
    alcError(alDeviceOf(handle), ALC_INVALID_VALUE);
    return 0;
  }
  const value = alEnums[readCString(name)];
  return value === undefined ? 0 : value;
}

//! env.alcCaptureOpenDevice needs: alState
function alcCaptureOpenDevice(name, frequency, format, size) {
  // No capture device: microphone input would need the user's permission and a promise.
  alcError(null, ALC_INVALID_VALUE);
  return 0;
}

//! env.alcCaptureCloseDevice needs: alState
function alcCaptureCloseDevice(handle) {
  alcError(null, ALC_INVALID_DEVICE);
  return 0;
}

//! env.alcCaptureStart needs: alState
function alcCaptureStart(handle) {
  alcError(null, ALC_INVALID_DEVICE);
}

//! env.alcCaptureStop needs: alState
function alcCaptureStop(handle) {
  alcError(null, ALC_INVALID_DEVICE);
}

//! env.alcCaptureSamples needs: alState
function alcCaptureSamples(handle, buffer, samples) {
  alcError(null, ALC_INVALID_DEVICE);
}

//! env.alGetError needs: alState
function alGetError() {
  // Without a context there is no error state: OpenAL Soft's answer.
  if (!AL.current) return AL_INVALID_OPERATION;
  const code = AL.current.error;
  AL.current.error = 0;
  return code;
}

//! env.alIsExtensionPresent needs: alState, utf8
function alIsExtensionPresent(name) {
  if (!AL.current) return 0;
  if (!name) {
    alError(AL_INVALID_VALUE);
    return 0;
  }
  const wanted = readCString(name).toUpperCase();
  return AL_EXTENSIONS.split(' ').some((e) => e.toUpperCase() === wanted) ? 1 : 0;
}

//! alEnums
/** alGetEnumValue's names. */
const alEnums = {
  AL_NONE: 0, AL_FALSE: 0, AL_TRUE: 1, AL_SOURCE_RELATIVE: 0x202, AL_CONE_INNER_ANGLE: 0x1001,
  AL_CONE_OUTER_ANGLE: 0x1002, AL_PITCH: 0x1003, AL_POSITION: 0x1004, AL_DIRECTION: 0x1005,
  AL_VELOCITY: 0x1006, AL_LOOPING: 0x1007, AL_BUFFER: 0x1009, AL_GAIN: 0x100a, AL_MIN_GAIN: 0x100d,
  AL_MAX_GAIN: 0x100e, AL_ORIENTATION: 0x100f, AL_SOURCE_STATE: 0x1010, AL_INITIAL: 0x1011,
  AL_PLAYING: 0x1012, AL_PAUSED: 0x1013, AL_STOPPED: 0x1014, AL_BUFFERS_QUEUED: 0x1015,
  AL_BUFFERS_PROCESSED: 0x1016, AL_REFERENCE_DISTANCE: 0x1020, AL_ROLLOFF_FACTOR: 0x1021,
  AL_CONE_OUTER_GAIN: 0x1022, AL_MAX_DISTANCE: 0x1023, AL_SEC_OFFSET: 0x1024, AL_SAMPLE_OFFSET: 0x1025,
  AL_BYTE_OFFSET: 0x1026, AL_SOURCE_TYPE: 0x1027, AL_STATIC: 0x1028, AL_STREAMING: 0x1029,
  AL_UNDETERMINED: 0x1030, AL_FORMAT_MONO8: 0x1100, AL_FORMAT_MONO16: 0x1101, AL_FORMAT_STEREO8: 0x1102,
  AL_FORMAT_STEREO16: 0x1103, AL_FORMAT_MONO_FLOAT32: 0x10010, AL_FORMAT_STEREO_FLOAT32: 0x10011,
  AL_FREQUENCY: 0x2001, AL_BITS: 0x2002, AL_CHANNELS: 0x2003, AL_SIZE: 0x2004, AL_UNUSED: 0x2010,
  AL_PENDING: 0x2011, AL_PROCESSED: 0x2012, AL_NO_ERROR: 0, AL_INVALID_NAME: 0xa001,
  AL_INVALID_ENUM: 0xa002, AL_INVALID_VALUE: 0xa003, AL_INVALID_OPERATION: 0xa004,
  AL_OUT_OF_MEMORY: 0xa005, AL_VENDOR: 0xb001, AL_VERSION: 0xb002, AL_RENDERER: 0xb003,
  AL_EXTENSIONS: 0xb004, AL_DOPPLER_FACTOR: 0xc000, AL_DOPPLER_VELOCITY: 0xc001,
  AL_SPEED_OF_SOUND: 0xc003, AL_DISTANCE_MODEL: 0xd000, AL_INVERSE_DISTANCE: 0xd001,
  AL_INVERSE_DISTANCE_CLAMPED: 0xd002, AL_LINEAR_DISTANCE: 0xd003, AL_LINEAR_DISTANCE_CLAMPED: 0xd004,
  AL_EXPONENT_DISTANCE: 0xd005, AL_EXPONENT_DISTANCE_CLAMPED: 0xd006,
  ALC_FALSE: 0, ALC_TRUE: 1, ALC_FREQUENCY: 0x1007, ALC_REFRESH: 0x1008, ALC_SYNC: 0x1009,
  ALC_MONO_SOURCES: 0x1010, ALC_STEREO_SOURCES: 0x1011, ALC_NO_ERROR: 0, ALC_INVALID_DEVICE: 0xa001,
  ALC_INVALID_CONTEXT: 0xa002, ALC_INVALID_ENUM: 0xa003, ALC_INVALID_VALUE: 0xa004,
  ALC_OUT_OF_MEMORY: 0xa005, ALC_MAJOR_VERSION: 0x1000, ALC_MINOR_VERSION: 0x1001,
  ALC_ATTRIBUTES_SIZE: 0x1002, ALC_ALL_ATTRIBUTES: 0x1003, ALC_DEFAULT_DEVICE_SPECIFIER: 0x1004,
  ALC_DEVICE_SPECIFIER: 0x1005, ALC_EXTENSIONS: 0x1006, ALC_CAPTURE_DEVICE_SPECIFIER: 0x310,
  ALC_CAPTURE_DEFAULT_DEVICE_SPECIFIER: 0x311, ALC_CAPTURE_SAMPLES: 0x312,
  ALC_DEFAULT_ALL_DEVICES_SPECIFIER: 0x1012, ALC_ALL_DEVICES_SPECIFIER: 0x1013,
};

//! env.alGetEnumValue needs: alState, alEnums, utf8
function alGetEnumValue(name) {
  if (!AL.current) return 0;
  if (!name) {
    alError(AL_INVALID_VALUE);
    return 0;
  }
  const value = alEnums[readCString(name)];
  if (value === undefined) {
    alError(AL_INVALID_VALUE);
    return 0;
  }
  return value;
}

//! env.alEnable needs: alState
function alEnable(capability) {
  // OpenAL 1.1 defines no capabilities.
  if (AL.current) alError(AL_INVALID_ENUM);
}

//! env.alDisable needs: alState
function alDisable(capability) {
  if (AL.current) alError(AL_INVALID_ENUM);
}

//! env.alIsEnabled needs: alState
function alIsEnabled(capability) {
  if (AL.current) alError(AL_INVALID_ENUM);
  return 0;
}

//! env.alGetBoolean needs: alState
function alGetBoolean(param) {
  const v = alGlobal(param);
  return v ? 1 : 0;
}

//! env.alGetInteger needs: alState
function alGetInteger(param) {
  const v = alGlobal(param);
  return v === null ? 0 : Math.trunc(v);
}

//! env.alGetFloat needs: alState
function alGetFloat(param) {
  const v = alGlobal(param);
  return v === null ? 0 : v;
}

//! env.alGetDouble needs: alState
function alGetDouble(param) {
  const v = alGlobal(param);
  return v === null ? 0 : v;
}

//! env.alGetBooleanv needs: alState
function alGetBooleanv(param, ptr) {
  const v = alGlobal(param);
  if (v !== null && ptr) u8()[ptr] = v ? 1 : 0;
}

//! env.alGetIntegerv needs: alState
function alGetIntegerv(param, ptr) {
  const v = alGlobal(param);
  if (v !== null && ptr) dv().setInt32(ptr, Math.trunc(v), true);
}

//! env.alGetFloatv needs: alState
function alGetFloatv(param, ptr) {
  const v = alGlobal(param);
  if (v !== null && ptr) dv().setFloat32(ptr, v, true);
}

//! env.alGetDoublev needs: alState
function alGetDoublev(param, ptr) {
  const v = alGlobal(param);
  if (v !== null && ptr) dv().setFloat64(ptr, v, true);
}

//! env.alDistanceModel needs: alState
function alDistanceModel(model) {
  if (!AL.current) return;
  if (model !== AL_NONE && (model < AL_INVERSE_DISTANCE || model > AL_EXPONENT_DISTANCE_CLAMPED)) {
    return alError(AL_INVALID_VALUE);
  }
  AL.current.distanceModel = model;
  alAudioPlaceAll(AL.current);
}

//! env.alDopplerFactor needs: alState
function alDopplerFactor(value) {
  // Kept and reported; sources are not pitched by their velocity.
  if (!AL.current) return;
  if (!(value >= 0)) return alError(AL_INVALID_VALUE);
  AL.current.dopplerFactor = value;
}

//! env.alDopplerVelocity needs: alState
function alDopplerVelocity(value) {
  if (!AL.current) return;
  if (!(value > 0)) return alError(AL_INVALID_VALUE);
  AL.current.dopplerVelocity = value;
}

//! env.alSpeedOfSound needs: alState
function alSpeedOfSound(value) {
  if (!AL.current) return;
  if (!(value > 0)) return alError(AL_INVALID_VALUE);
  AL.current.speedOfSound = value;
}

//! env.alGenBuffers needs: alState
function alGenBuffers(n, ptr) {
  if (!AL.current) return;
  if (n < 0) return alError(AL_INVALID_VALUE);
  const device = AL.current.device;
  for (let i = 0; i < n; i++) {
    const name = AL.nextName++;
    // A buffer without data: OpenAL Soft's defaults.
    device.buffers.set(name, {
      name, format: 0x1101, freq: 0, channels: 1, bits: 16, bytes: 0, frames: 0, frameBytes: 2,
      data: [new Float32Array(0)], refs: 0, audio: null,
    });
    dv().setUint32(ptr + 4 * i, name, true);
  }
}

//! env.alDeleteBuffers needs: alState
function alDeleteBuffers(n, ptr) {
  if (!AL.current) return;
  if (n < 0) return alError(AL_INVALID_VALUE);
  const names = alReadNames(n, ptr).filter((name) => name !== 0);
  for (const name of names) {
    const buffer = alBufferOf(name);
    if (!buffer) return alError(AL_INVALID_NAME);
    if (buffer.refs > 0) return alError(AL_INVALID_OPERATION);
  }
  for (const name of names) AL.current.device.buffers.delete(name);
}

//! env.alIsBuffer needs: alState
function alIsBuffer(name) {
  if (!AL.current) return 0;
  return name === 0 || alBufferOf(name) ? 1 : 0;
}

//! env.alBufferData needs: alState
function alBufferData(name, format, data, size, freq) {
  if (!AL.current) return;
  const buffer = alBufferOf(name);
  if (!buffer) return alError(AL_INVALID_NAME);
  const f = AL_FORMATS.get(format);
  if (!f) return alError(AL_INVALID_ENUM);
  const frameBytes = f.channels * f.bytes;
  if (size < 0 || freq <= 0 || size % frameBytes !== 0) return alError(AL_INVALID_VALUE);
  if (buffer.refs > 0) return alError(AL_INVALID_OPERATION);
  Object.assign(buffer, {
    format,
    freq,
    channels: f.channels,
    bits: f.bytes * 8,
    bytes: size,
    frames: size / frameBytes,
    frameBytes,
    data: alDecode(format, data, size),
    audio: null,
  });
}

//! env.alGenSources needs: alState
function alGenSources(n, ptr) {
  if (!AL.current) return;
  if (n < 0) return alError(AL_INVALID_VALUE);
  for (let i = 0; i < n; i++) {
    const name = AL.nextName++;
    AL.current.sources.set(name, alNewSource(AL.current, name));
    dv().setUint32(ptr + 4 * i, name, true);
  }
}

//! env.alDeleteSources needs: alState
function alDeleteSources(n, ptr) {
  alEachSource(n, ptr, (src) => {
    alAudioSilence(src);
    if (src.out) src.out.gain.disconnect();
    for (const b of src.queue) if (b) b.refs--;
    AL.current.sources.delete(src.name);
  });
}

//! env.alIsSource needs: alState
function alIsSource(name) {
  return AL.current && AL.current.sources.has(name >>> 0) ? 1 : 0;
}

//! env.alSourcePlay needs: alState
function alSourcePlay(name) {
  if (!AL.current) return;
  const src = alSourceOf(name);
  if (src) {
    alUpdate(src);
    alPlay(src);
  }
}

//! env.alSourcePause needs: alState
function alSourcePause(name) {
  if (!AL.current) return;
  const src = alSourceOf(name);
  if (src) {
    alUpdate(src);
    alPause(src);
  }
}

//! env.alSourceStop needs: alState
function alSourceStop(name) {
  if (!AL.current) return;
  const src = alSourceOf(name);
  if (src) {
    alUpdate(src);
    alStop(src);
  }
}

//! env.alSourceRewind needs: alState
function alSourceRewind(name) {
  if (!AL.current) return;
  const src = alSourceOf(name);
  if (src) {
    alUpdate(src);
    alRewind(src);
  }
}

//! env.alSourcePlayv needs: alState
function alSourcePlayv(n, ptr) {
  alEachSource(n, ptr, alPlay);
}

//! env.alSourcePausev needs: alState
function alSourcePausev(n, ptr) {
  alEachSource(n, ptr, alPause);
}

//! env.alSourceStopv needs: alState
function alSourceStopv(n, ptr) {
  alEachSource(n, ptr, alStop);
}

//! env.alSourceRewindv needs: alState
function alSourceRewindv(n, ptr) {
  alEachSource(n, ptr, alRewind);
}

//! env.alSourceQueueBuffers needs: alState
function alSourceQueueBuffers(name, n, ptr) {
  if (!AL.current) return;
  if (n < 0) return alError(AL_INVALID_VALUE);
  const src = alSourceOf(name);
  if (!src || n === 0) return;
  alUpdate(src);
  if (src.type === AL_STATIC) return alError(AL_INVALID_OPERATION);
  const buffers = [];
  for (const id of alReadNames(n, ptr)) {
    const buffer = id ? alBufferOf(id) : null;
    if (id && !buffer) return alError(AL_INVALID_NAME);
    buffers.push(buffer);
  }
  // Every buffer of a queue has one format and rate.
  const first = [...src.queue, ...buffers].find((b) => b && b.freq > 0);
  if (first && buffers.some((b) => b && b.freq > 0 && (b.freq !== first.freq || b.format !== first.format))) {
    return alError(AL_INVALID_OPERATION);
  }
  for (const b of buffers) {
    if (b) b.refs++;
    src.queue.push(b);
  }
  src.type = AL_STREAMING;
  alAudioTopUp(src);
}

//! env.alSourceUnqueueBuffers needs: alState
function alSourceUnqueueBuffers(name, n, ptr) {
  if (!AL.current) return;
  if (n < 0) return alError(AL_INVALID_VALUE);
  const src = alSourceOf(name);
  if (!src || n === 0) return;
  alUpdate(src);
  if (src.type !== AL_STREAMING || src.looping || n > alProcessed(src)) return alError(AL_INVALID_VALUE);
  const removed = src.queue.splice(0, n);
  let seconds = 0;
  removed.forEach((b, i) => {
    if (b) b.refs--;
    seconds += alSeconds(b);
    dv().setUint32(ptr + 4 * i, b ? b.name : 0, true);
  });
  // The position counts from the queue's new first buffer.
  src.at = Math.max(0, src.at - seconds);
  if (src.out) {
    src.out.until = Math.max(0, src.out.until - seconds);
  }
}

//! env.alSourcef needs: alState
function alSourcef(name, param, value) {
  alSet('source', name, param, [value], true);
}

//! env.alSource3f needs: alState
function alSource3f(name, param, x, y, z) {
  alSet('source', name, param, [x, y, z], true);
}

//! env.alSourcefv needs: alState
function alSourcefv(name, param, ptr) {
  alSet('source', name, param, null, true, ptr);
}

//! env.alSourcei needs: alState
function alSourcei(name, param, value) {
  alSet('source', name, param, [value], false);
}

//! env.alSource3i needs: alState
function alSource3i(name, param, x, y, z) {
  alSet('source', name, param, [x, y, z], false);
}

//! env.alSourceiv needs: alState
function alSourceiv(name, param, ptr) {
  alSet('source', name, param, null, false, ptr);
}

//! env.alGetSourcef needs: alState
function alGetSourcef(name, param, ptr) {
  alGet('source', name, param, [ptr], true, false);
}

//! env.alGetSource3f needs: alState
function alGetSource3f(name, param, x, y, z) {
  alGet('source', name, param, [x, y, z], true, false);
}

//! env.alGetSourcefv needs: alState
function alGetSourcefv(name, param, ptr) {
  alGet('source', name, param, [ptr], true, true);
}

//! env.alGetSourcei needs: alState
function alGetSourcei(name, param, ptr) {
  alGet('source', name, param, [ptr], false, false);
}

//! env.alGetSource3i needs: alState
function alGetSource3i(name, param, x, y, z) {
  alGet('source', name, param, [x, y, z], false, false);
}

//! env.alGetSourceiv needs: alState
function alGetSourceiv(name, param, ptr) {
  alGet('source', name, param, [ptr], false, true);
}

//! env.alListenerf needs: alState
function alListenerf(param, value) {
  alSet('listener', 0, param, [value], true);
}

//! env.alListener3f needs: alState
function alListener3f(param, x, y, z) {
  alSet('listener', 0, param, [x, y, z], true);
}

//! env.alListenerfv needs: alState
function alListenerfv(param, ptr) {
  alSet('listener', 0, param, null, true, ptr);
}

//! env.alListeneri needs: alState
function alListeneri(param, value) {
  alSet('listener', 0, param, [value], false);
}

//! env.alListener3i needs: alState
function alListener3i(param, x, y, z) {
  alSet('listener', 0, param, [x, y, z], false);
}

//! env.alListeneriv needs: alState
function alListeneriv(param, ptr) {
  alSet('listener', 0, param, null, false, ptr);
}

//! env.alGetListenerf needs: alState
function alGetListenerf(param, ptr) {
  alGet('listener', 0, param, [ptr], true, false);
}

//! env.alGetListener3f needs: alState
function alGetListener3f(param, x, y, z) {
  alGet('listener', 0, param, [x, y, z], true, false);
}

//! env.alGetListenerfv needs: alState
function alGetListenerfv(param, ptr) {
  alGet('listener', 0, param, [ptr], true, true);
}

//! env.alGetListeneri needs: alState
function alGetListeneri(param, ptr) {
  alGet('listener', 0, param, [ptr], false, false);
}

//! env.alGetListener3i needs: alState
function alGetListener3i(param, x, y, z) {
  alGet('listener', 0, param, [x, y, z], false, false);
}

//! env.alGetListeneriv needs: alState
function alGetListeneriv(param, ptr) {
  alGet('listener', 0, param, [ptr], false, true);
}

//! env.alBufferf needs: alState
function alBufferf(name, param, value) {
  alSet('buffer', name, param, [value], true);
}

//! env.alBuffer3f needs: alState
function alBuffer3f(name, param, x, y, z) {
  alSet('buffer', name, param, [x, y, z], true);
}

//! env.alBufferfv needs: alState
function alBufferfv(name, param, ptr) {
  alSet('buffer', name, param, null, true, ptr);
}

//! env.alBufferi needs: alState
function alBufferi(name, param, value) {
  alSet('buffer', name, param, [value], false);
}

//! env.alBuffer3i needs: alState
function alBuffer3i(name, param, x, y, z) {
  alSet('buffer', name, param, [x, y, z], false);
}

//! env.alBufferiv needs: alState
function alBufferiv(name, param, ptr) {
  alSet('buffer', name, param, null, false, ptr);
}

//! env.alGetBufferf needs: alState
function alGetBufferf(name, param, ptr) {
  alGet('buffer', name, param, [ptr], true, false);
}

//! env.alGetBuffer3f needs: alState
function alGetBuffer3f(name, param, x, y, z) {
  alGet('buffer', name, param, [x, y, z], true, false);
}

//! env.alGetBufferfv needs: alState
function alGetBufferfv(name, param, ptr) {
  alGet('buffer', name, param, [ptr], true, true);
}

//! env.alGetBufferi needs: alState
function alGetBufferi(name, param, ptr) {
  alGet('buffer', name, param, [ptr], false, false);
}

//! env.alGetBuffer3i needs: alState
function alGetBuffer3i(name, param, x, y, z) {
  alGet('buffer', name, param, [x, y, z], false, false);
}

//! env.alGetBufferiv needs: alState
function alGetBufferiv(name, param, ptr) {
  alGet('buffer', name, param, [ptr], false, true);
}
