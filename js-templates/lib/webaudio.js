// WebAudio by its global names, for inline JS that creates its own context
// (SDL's audio backend: `new AudioContext()`, a ScriptProcessorNode whose
// onaudioprocess calls the program). In a page these are the browser's. Node
// has no WebAudio: there the context is a silent device that keeps time, so
// a program's audio callback runs at the rate its sound would play and a
// queue of samples drains as it would in a page.

//! SilentAudioContext needs: liveRuntime
/**
 * The silent context for Node: `currentTime` runs while the state is 'running' (it
 * starts so, as Node has no user gesture to wait for); each connected
 * ScriptProcessorNode is handed its next buffer when the clock reaches the
 * time that buffer starts to play, the first at once; a timer that fires
 * late by less than a buffer's time keeps that schedule. A program that held
 * the event loop for longer has missed that audio, as a browser's device
 * underruns: one buffer is asked for when the loop is free and the time
 * between is lost, not made up in a burst (which would play a sound the
 * program starts then faster than real time). The timers do not keep Node
 * running.
 */
class SilentAudioContext {
  constructor(options = {}) {
    this.sampleRate = options.sampleRate || 48000;
    this.state = 'running';
    this.destination = new SilentAudioNode(this);
    this.elapsed = 0;
    this.since = performance.now();
    this.processors = new Set();
    this.onstatechange = null;
  }
  get currentTime() {
    const running = this.state === 'running' ? (performance.now() - this.since) / 1000 : 0;
    return this.elapsed + running;
  }
  setState(state) {
    if (this.state === state) return;
    this.elapsed = this.currentTime;
    this.since = performance.now();
    this.state = state;
    for (const node of this.processors) node.schedule();
    this.onstatechange?.({ type: 'statechange', target: this });
  }
  resume() {
    if (this.state === 'closed') return Promise.reject(new Error('InvalidStateError: the AudioContext is closed'));
    this.setState('running');
    return Promise.resolve();
  }
  suspend() {
    if (this.state === 'closed') return Promise.reject(new Error('InvalidStateError: the AudioContext is closed'));
    this.setState('suspended');
    return Promise.resolve();
  }
  close() {
    this.setState('closed');
    this.processors.clear();
    return Promise.resolve();
  }
  addEventListener(type, listener) {
    if (type === 'statechange') this.onstatechange = listener;
  }
  removeEventListener() {}
  createBuffer(channels, length, sampleRate) {
    return new SilentAudioBuffer(channels, length, sampleRate);
  }
  createGain() {
    const node = new SilentAudioNode(this);
    node.gain = { value: 1, setValueAtTime() {} };
    return node;
  }
  createScriptProcessor(bufferSize = 4096, inputs = 2, outputs = 2) {
    // As a browser: 0 picks the size, others must be a power of two in 256..16384.
    if (bufferSize === 0) bufferSize = 4096;
    if (bufferSize < 256 || bufferSize > 16384 || (bufferSize & (bufferSize - 1)) !== 0) {
      throw new RangeError(`createScriptProcessor: buffer size ${bufferSize} is not a power of two between 256 and 16384`);
    }
    return new SilentScriptProcessor(this, bufferSize, inputs, outputs);
  }
}

class SilentAudioNode {
  constructor(context) {
    this.context = context;
    this.connected = false;
  }
  connect(target) {
    this.connected = true;
    return target;
  }
  disconnect() {
    this.connected = false;
  }
}

class SilentAudioBuffer {
  constructor(channels, length, sampleRate) {
    this.numberOfChannels = channels;
    this.length = length;
    this.sampleRate = sampleRate;
    this.duration = length / sampleRate;
    this.channels = Array.from({ length: channels }, () => new Float32Array(length));
  }
  getChannelData(c) {
    if (!(c >= 0 && c < this.numberOfChannels)) throw new RangeError(`getChannelData: no channel ${c}`);
    return this.channels[c];
  }
}

class SilentScriptProcessor extends SilentAudioNode {
  constructor(context, bufferSize, inputs, outputs) {
    super(context);
    this.bufferSize = bufferSize;
    this.onaudioprocess = null;
    this.inputBuffer = new SilentAudioBuffer(Math.max(inputs, 1), bufferSize, context.sampleRate);
    this.outputBuffer = new SilentAudioBuffer(Math.max(outputs, 1), bufferSize, context.sampleRate);
    this.due = 0;
    this.timer = null;
  }
  connect(target) {
    if (!this.connected) this.due = this.context.currentTime;
    this.connected = true;
    this.context.processors.add(this);
    this.schedule();
    return target;
  }
  disconnect() {
    this.connected = false;
    this.context.processors.delete(this);
    this.schedule();
  }
  /** Sets the timer for the next buffer due, or clears it when nothing plays. */
  schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.connected || this.context.state !== 'running') return;
    const wait = Math.max(0, (this.due - this.context.currentTime) * 1000);
    this.timer = setTimeout(() => this.pump(), wait);
    this.timer.unref?.();
  }
  /** Hands the program every buffer whose time has come. */
  pump() {
    this.timer = null;
    const period = this.bufferSize / this.context.sampleRate;
    const now = this.context.currentTime;
    if (now - this.due > period) this.due = now;
    while (this.due <= now && this.connected && this.context.state === 'running') {
      const event = {
        type: 'audioprocess',
        target: this,
        playbackTime: this.due,
        inputBuffer: this.inputBuffer,
        outputBuffer: this.outputBuffer,
      };
      this.due += period;
      if (typeof this.onaudioprocess == 'function' && !callIntoProgram(() => this.onaudioprocess(event))) return;
    }
    this.schedule();
  }
}

//! AudioContext [node] needs: SilentAudioContext
const AudioContext = SilentAudioContext;

//! AudioContext [web]
const AudioContext = globalThis.AudioContext;

//! AudioContext [any] needs: isNode, SilentAudioContext
const AudioContext = isNode ? SilentAudioContext : globalThis.AudioContext;

//! navigator
/**
 * The browser's navigator; Node 20 has none, and inline JS written for
 * pages reads it without asking (SDL's audio and locale code do): there it
 * is an empty one, which has no microphone, gamepads or languages.
 */
const navigator = globalThis.navigator ?? {};
