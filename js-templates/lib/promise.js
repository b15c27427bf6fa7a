// emscripten/promise.h (libc-shims/js/promise.c): C names JS promises by
// handles, small numbers into `promises`. Values cross as pointer-sized
// numbers; anything else crosses as 0 (NULL).

//! promises needs: mem
const promises = {
  table: new Map(),
  next: 1,
  /** Stores `promise` and returns its new handle. */
  add(promise, settle = null) {
    // C cannot observe an unhandled rejection; without this Node would end
    // the process for a rejected promise that no callback was given.
    promise.catch(() => {});
    const id = this.next++;
    this.table.set(id, { promise, settle });
    return id;
  },
  get(id) {
    const entry = this.table.get(id);
    if (!entry) throw new Error(`emscripten promise ${id}: no such handle (destroyed already?)`);
    return entry;
  },
  /** A JS value as a C pointer-sized number. */
  toPointer(value) {
    if (typeof value == 'number') return value >>> 0;
    if (typeof value == 'bigint') return Number(BigInt.asUintN(32, value));
    return 0;
  },
  /** A result code (EM_PROMISE_*) and value as what settles a promise. */
  outcome(code, value) {
    switch (code) {
      case 0:
        return value;
      case 1:
        return this.get(value).promise;
      case 2: {
        const matched = this.get(value).promise;
        this.table.delete(value);
        return matched;
      }
      default:
        throw value;
    }
  },
};

//! env.__wasmcc_promise_create needs: promises
function __wasmcc_promise_create() {
  let settle;
  const promise = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  return promises.add(promise, settle);
}

//! env.__wasmcc_promise_destroy needs: promises
function __wasmcc_promise_destroy(id) {
  promises.table.delete(id);
}

//! env.__wasmcc_promise_resolve needs: promises
function __wasmcc_promise_resolve(id, code, value) {
  const { settle } = promises.get(id);
  if (!settle) throw new Error(`emscripten_promise_resolve: promise ${id} was not made by emscripten_promise_create`);
  try {
    settle.resolve(promises.outcome(code, value));
  } catch (reason) {
    settle.reject(reason);
  }
}

//! env.__wasmcc_promise_then needs: promises, liveRuntime, wasmState
function __wasmcc_promise_then(id, onFulfilled, onRejected, data) {
  // The program lives on until the callback has run.
  liveRuntime.hold();
  const react = (callback, value, rejected) => {
    liveRuntime.release();
    if (!callback) {
      if (rejected) throw value;
      return value;
    }
    let packed;
    const ran = callIntoProgram(() => {
      packed = wasmExports.__wasmcc_promise_call(callback, data, promises.toPointer(value));
    });
    // The program ended in the callback: nothing more settles.
    if (!ran || packed === undefined) return new Promise(() => {});
    const bits = BigInt.asUintN(64, packed);
    return promises.outcome(Number(bits >> 32n), Number(bits & 0xffffffffn));
  };
  return promises.add(
    promises.get(id).promise.then(
      (value) => react(onFulfilled, value, false),
      (reason) => react(onRejected, reason, true),
    ),
  );
}

//! env.__wasmcc_promise_combine needs: promises, liveRuntime, mem
/** Promise.all, allSettled, any or race (`how` 0-3) over `n` handles at `ids`. */
function __wasmcc_promise_combine(how, ids, out, n) {
  const inputs = [];
  for (let i = 0; i < n; i++) inputs.push(promises.get(dv().getUint32(ids + 4 * i, true)).promise);
  const write = (i, value) => dv().setUint32(out + 4 * i, promises.toPointer(value), true);
  let combined;
  if (how === 0) {
    combined = Promise.all(inputs).then((values) => {
      if (out) values.forEach((v, i) => write(i, v));
      return out;
    });
  } else if (how === 1) {
    combined = Promise.allSettled(inputs).then((outcomes) => {
      if (out) {
        outcomes.forEach((o, i) => {
          const fulfilled = o.status === 'fulfilled';
          dv().setUint32(out + 8 * i, fulfilled ? 0 : 3, true);
          dv().setUint32(out + 8 * i + 4, promises.toPointer(fulfilled ? o.value : o.reason), true);
        });
      }
      return out;
    });
  } else if (how === 2) {
    combined = Promise.any(inputs).catch((e) => {
      if (out) (e.errors || []).forEach((v, i) => write(i, v));
      throw out;
    });
  } else {
    combined = Promise.race(inputs);
  }
  liveRuntime.hold();
  combined.then(
    () => liveRuntime.release(),
    () => liveRuntime.release(),
  );
  return promises.add(combined);
}

//! env.__wasmcc_promise_await needs: promises, asyncify, mem
/** emscripten_promise_await: sleeps until the promise settles, writing its outcome at `out`. */
function __wasmcc_promise_await(id, out) {
  asyncify.handleSleep((wake) => {
    const { promise } = promises.get(id);
    const settle = (code, value) => {
      dv().setUint32(out, code, true);
      dv().setUint32(out + 4, promises.toPointer(value), true);
      wake();
    };
    promise.then(
      (value) => settle(0, value),
      (reason) => settle(3, reason),
    );
  });
}
