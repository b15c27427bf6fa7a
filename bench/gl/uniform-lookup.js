// The cost of finding a uniform's WebGL location per glUniform* call:
// the runtime's per-program lookup (glUniformAt, taken from
// js-templates/lib/webgl-context.js as wasmcc emits it, with the current
// program's locations as glUseProgram leaves them) against one flat array
// of all programs' locations, as wasmcc had before. A stub context
// stands in for WebGL, so only the bindings' own JavaScript is timed.
//
// Usage: node bench/gl/uniform-lookup.js [CALLS]   (default 20 million)
'use strict';
const fs = require('fs');
const path = require('path');

const calls = Number(process.argv[2] || 20e6);
const source = fs.readFileSync(path.join(__dirname, '../../js-templates/lib/webgl-context.js'), 'utf8');
// The item that holds glUniformAt, up to the next item's marker.
const start = source.indexOf('//! glUniforms');
const item = source.slice(start, source.indexOf('\n//! ', start + 1));

const locations = Array.from({ length: 8 }, (_, i) => ({ location: i }));
let sink = 0;
const GLctx = {
  getProgramParameter: () => true,
  uniform4f: (loc) => {
    sink += loc.location;
  },
};
const program = { glUniforms: { byName: new Map(), locations } };
const glCurrent = { program, uniforms: locations };
const glUniformAt = new Function('GLctx', 'glCurrent', `${item}\nreturn glUniformAt;`)(GLctx, glCurrent);
const flat = [null, ...locations];

function time(name, f) {
  f(1e6);
  const t0 = process.hrtime.bigint();
  f(calls);
  const ns = Number(process.hrtime.bigint() - t0) / calls;
  console.log(`${name}: ${ns.toFixed(2)} ns per call`);
}
time('flat array (before)', (n) => {
  for (let i = 0; i < n; i++) GLctx.uniform4f(flat[(i & 7) + 1], 1, 2, 3, 4);
});
time('per program (glUniformAt)', (n) => {
  for (let i = 0; i < n; i++) GLctx.uniform4f(glUniformAt(i & 7), 1, 2, 3, 4);
});
if (sink < 0) console.log(sink);
