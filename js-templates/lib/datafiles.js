// Data files (driver/datafiles.rs) and the JS interface of the in-memory
// file system. settings.dataFiles is the manifest the driver wrote:
//   dirs:    folders to create, parents first;
//   preload: [path, offset, size] of each file in the .data package, which is
//            `file` beside the script, or `base64` in it with -sSINGLE_FILE;
//   embed:   the same for the --embed-file package, the module's custom
//            section `wasmcc.files`.
// The files are views of the one package buffer: memfs copies a file only
// when it is first changed.

//! dataFiles needs: isNode, fsBackend, errno, base64Bytes
const dataFiles = {
  /** A promise of the preload package's bytes, or undefined when there is none. */
  load() {
    const manifest = settings.dataFiles;
    if (!manifest.preload) return undefined;
    if (manifest.base64 !== undefined) return Promise.resolve(base64Bytes(manifest.base64));
    const name = manifest.file;
    const failed = (e) => {
      throw Object.assign(new Error(e?.message || String(e)), { file: name });
    };
    if (isNode) {
      // Beside the script, as the module is.
      return new Promise((resolve) => {
        const buf = require('fs').readFileSync(require('path').join(scriptPath, '..', name));
        resolve(new Uint8Array(buf.buffer, buf.byteOffset, buf.length));
      }).catch(failed);
    }
    const dir = (scriptPath || location.href).replace(/[^/]*$/, '');
    const url = new URL(Module.locateFile ? Module.locateFile(name, dir) : dir + name, location.href);
    return fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
        if (typeof downloadProgress == 'function') response = downloadProgress(response, name);
        return response.arrayBuffer();
      })
      .then((buffer) => new Uint8Array(buffer))
      .catch(failed);
  },

  /** Puts the files in the file system: the folders, then each package's files. */
  install(module, preloaded) {
    const manifest = settings.dataFiles;
    const root = fsBackend.root();
    for (const dir of manifest.dirs) {
      try {
        fsBackend.mkdir(root, dir);
      } catch (e) {
        if (e !== ERRNO.EXIST) throw e;
      }
    }
    const place = (entries, bytes) => {
      for (const [path, offset, size] of entries) {
        const node = fsBackend.open(root, path, { create: true, write: true, trunc: true });
        fsBackend.place(node, bytes.subarray(offset, offset + size));
      }
    };
    if (manifest.preload) place(manifest.preload, preloaded);
    if (manifest.embed) {
      // customSections copies the section out of the module, once.
      const [section] = WebAssembly.Module.customSections(module, 'wasmcc.files');
      place(manifest.embed, new Uint8Array(section));
    }
  },
};

//! base64Bytes needs: isNode
/** The bytes of a base64 text. */
function base64Bytes(text) {
  if (isNode) {
    const buf = Buffer.from(text, 'base64');
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  }
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
}

//! FS needs: fsBackend, errno, isNode
/**
 * Emscripten's FS object over the file system the program sees: paths are
 * absolute, or relative to the root, where the program starts. Failures
 * throw FS.ErrnoError, whose `errno` is the WASI (and Emscripten) number.
 */
const FS = (() => {
  const errnoNames = Object.fromEntries(Object.entries(ERRNO).map(([name, n]) => [n, 'E' + name]));
  class ErrnoError extends Error {
    constructor(errno) {
      super(`FS error: ${errnoNames[errno] || errno}`);
      this.name = 'ErrnoError';
      this.errno = errno;
      this.code = errnoNames[errno];
    }
  }
  /** Runs a backend call, turning a thrown errno into an ErrnoError. */
  function call(f) {
    try {
      return f();
    } catch (e) {
      throw typeof e === 'number' ? new ErrnoError(e) : e;
    }
  }
  const root = () => fsBackend.root();
  const S_IFDIR = 0o040000;
  const S_IFREG = 0o100000;
  const join = (parent, name) => {
    const dir = typeof parent === 'string' ? parent : '/';
    return name === undefined || name === null ? dir : `${dir.replace(/\/+$/, '')}/${name}`;
  };
  const asBytes = (data) =>
    typeof data === 'string'
      ? new TextEncoder().encode(data)
      : ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : new Uint8Array(data);

  // Mounted folders: mount point -> the file system type mounted there.
  const mounts = new Map();
  const normalize = (path) => '/' + path.split('/').filter((p) => p && p !== '.').join('/');
  /** Removes everything in the folder `path`, keeping the folder. */
  function empty(path) {
    for (const name of fs.readdir(path).slice(2)) {
      const child = join(path, name);
      if (fs.isDir(fs.stat(child).mode)) {
        empty(child);
        fs.rmdir(child);
      } else fs.unlink(child);
    }
  }

  const fs = {
    ErrnoError,
    cwd: () => '/',
    isFile: (mode) => (mode & 0o170000) === S_IFREG,
    isDir: (mode) => (mode & 0o170000) === S_IFDIR,
    /** Writes `data` (a string, as UTF-8, or bytes) to `path`, replacing its contents. */
    writeFile(path, data, opts = {}) {
      const bytes = asBytes(data);
      call(() => {
        const node = fsBackend.open(root(), path, { create: true, write: true, trunc: true });
        fsBackend.write(node, bytes, 0);
        if (opts.mode !== undefined) fsBackend.chmod(node, opts.mode);
        fsBackend.close(node);
      });
    },
    /** The contents of `path`: bytes, or a string with {encoding: 'utf8'}. */
    readFile(path, opts = {}) {
      const bytes = call(() => {
        const node = fsBackend.open(root(), path, { read: true });
        if (fsBackend.isDir(node)) throw ERRNO.ISDIR;
        const out = new Uint8Array(fsBackend.size(node));
        fsBackend.read(node, out, 0);
        fsBackend.close(node);
        return out;
      });
      const encoding = opts.encoding || 'binary';
      if (encoding === 'utf8') return new TextDecoder().decode(bytes);
      if (encoding !== 'binary') throw new Error(`FS.readFile: unknown encoding '${encoding}'`);
      return bytes;
    },
    mkdir(path, mode) {
      call(() => {
        fsBackend.mkdir(root(), path);
        if (mode !== undefined) fsBackend.chmodPath(root(), path, mode & 0o7777);
      });
    },
    /** Makes `path` and the folders above it that are missing. */
    mkdirTree(path, mode) {
      let at = path.startsWith('/') ? '' : '.';
      for (const part of path.split('/').filter((p) => p)) {
        at += '/' + part;
        try {
          fs.mkdir(at, mode);
        } catch (e) {
          if (e.errno !== ERRNO.EXIST) throw e;
        }
      }
    },
    /** The names in a folder, with '.' and '..' first. */
    readdir(path) {
      return call(() => {
        const node = fsBackend.open(root(), path, { directory: true });
        const names = fsBackend.list(node).map((e) => e.name);
        fsBackend.close(node);
        return names;
      });
    },
    /** Sets a file's times, in milliseconds since 1970, as utime(2) does. */
    utime(path, atime, mtime) {
      call(() => {
        const node = fsBackend.open(root(), path, {});
        fsBackend.setTimes(node, BigInt(Math.round(atime)) * 1000000n, BigInt(Math.round(mtime)) * 1000000n);
      });
    },
    /**
     * Mounts a file system type (MEMFS, IDBFS) on the existing folder
     * `mountpoint`. The files stay in memfs; IDBFS adds a store that
     * syncfs copies them to and from.
     */
    mount(type, opts, mountpoint) {
      const path = normalize(mountpoint);
      if (!type || typeof type.mountKind !== 'string') {
        throw new Error(`FS.mount: ${type} is not a file system type wasmcc has (it has MEMFS and IDBFS)`);
      }
      if (type.mountKind === 'nodefs') {
        throw new Error(
          isNode
            ? `FS.mount(NODEFS, ..., '${path}'): wasmcc has no NODEFS; build with -sNODERAWFS to reach the host's files`
            : `FS.mount(NODEFS, ..., '${path}'): NODEFS reaches the host's files in Node and cannot run in a page`
        );
      }
      if (!fs.isDir(fs.stat(path).mode)) throw new ErrnoError(ERRNO.NOTDIR);
      if (mounts.has(path)) throw new ErrnoError(ERRNO.BUSY);
      mounts.set(path, { type, opts: opts || {} });
    },
    /** Unmounts `mountpoint`: its files leave memfs (IDBFS keeps its store). */
    unmount(mountpoint) {
      const path = normalize(mountpoint);
      if (!mounts.has(path)) throw new ErrnoError(ERRNO.INVAL);
      mounts.delete(path);
      empty(path);
    },
    /**
     * Synchronizes every mounted IDBFS with its store: `populate` true loads
     * the store into memfs, false saves memfs to the store. Calls
     * `callback(null)` when done, or `callback(err)`.
     */
    syncfs(populate, callback) {
      if (typeof populate === 'function') {
        callback = populate;
        populate = false;
      }
      let chain = Promise.resolve();
      for (const [path, mount] of mounts) {
        if (mount.type.sync) chain = chain.then(() => mount.type.sync(fs, path, !!populate));
      }
      // The callback calls into the program, which may exit there: out of
      // the promise chain, as the runtime's other callbacks do.
      const deliver = (err) => {
        if (!callback) return;
        const run = typeof callIntoProgram == 'function' ? callIntoProgram : runGuarded;
        run(() => callback(err));
      };
      chain.then(
        () => deliver(null),
        (e) => deliver(e instanceof Error ? e : new Error(String(e)))
      );
    },
    unlink: (path) => call(() => fsBackend.unlink(root(), path)),
    rmdir: (path) => call(() => fsBackend.rmdir(root(), path)),
    rename: (from, to) => call(() => fsBackend.rename(root(), from, root(), to)),
    chmod: (path, mode) => call(() => fsBackend.chmodPath(root(), path, mode & 0o7777)),
    stat(path) {
      const st = call(() => fsBackend.statPath(root(), path));
      const date = (ns) => new Date(Number(BigInt(ns) / 1000000n));
      const size = Number(st.size);
      return {
        dev: 1,
        ino: Number(st.ino),
        mode: (st.filetype === 3 ? S_IFDIR : S_IFREG) | st.mode,
        nlink: Number(st.nlink),
        uid: 0,
        gid: 0,
        rdev: 0,
        size,
        atime: date(st.atime),
        mtime: date(st.mtime),
        ctime: date(st.ctime),
        blksize: 4096,
        blocks: Math.ceil(size / 512),
      };
    },
    /** What is at `path`, and at its parent, without throwing. */
    analyzePath(path) {
      const parts = path.split('/').filter((p) => p && p !== '.');
      const name = parts.length ? parts[parts.length - 1] : '/';
      const parentPath = '/' + parts.slice(0, -1).join('/');
      const out = { isRoot: parts.length === 0, exists: false, error: 0, name, path, object: null, parentExists: false, parentPath, parentObject: null };
      try {
        out.parentObject = fsBackend.open(root(), parentPath, { directory: true });
        out.parentExists = true;
        out.object = fsBackend.open(root(), path, {});
        out.exists = true;
      } catch (e) {
        out.error = typeof e === 'number' ? e : ERRNO.IO;
      }
      return out;
    },
    /** Makes the folders of `path` under `parent`; returns the full path. */
    createPath(parent, path) {
      const full = join(parent, path);
      fs.mkdirTree(full);
      return full;
    },
    /** Creates the file `name` in the folder `parent` with `data`; canWrite false makes it read-only. */
    createDataFile(parent, name, data, canRead, canWrite) {
      const path = join(parent, name);
      fs.writeFile(path, data === undefined || data === null ? new Uint8Array(0) : data);
      fs.chmod(path, (canRead === false ? 0 : 0o444) | (canWrite === false ? 0 : 0o222));
      return fsBackend.statPath(root(), path);
    },
    /**
     * Fetches `url` (in Node, reads the file) and creates the file `name` in
     * `parent` with its bytes; onload or onerror is called when done.
     */
    createPreloadedFile(parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile) {
      const got = typeof url !== 'string'
        ? Promise.resolve(asBytes(url))
        : isNode && !/^https?:/.test(url)
          ? require('fs').promises.readFile(url).then(asBytes)
          : fetch(url).then((r) => {
              if (!r.ok) throw new Error(`the server answered ${r.status} for ${url}`);
              return r.arrayBuffer().then(asBytes);
            });
      return got.then(
        (bytes) => {
          if (!dontCreateFile) fs.createDataFile(parent, name, bytes, canRead, canWrite);
          onload?.();
        },
        (e) => {
          if (onerror) onerror(e);
          else throw e;
        }
      );
    },
  };
  return fs;
})();

//! MEMFS
/** The in-memory file system as a type to mount: a mounted folder is a plain folder. */
const MEMFS = { mountKind: 'memfs' };

//! NODEFS
/** Named so that code that mounts it gets a clear error from FS.mount. */
const NODEFS = { mountKind: 'nodefs' };

//! IDBFS needs: isNode
/**
 * A mounted folder whose files FS.syncfs saves to and loads from IndexedDB:
 * one database per page path and mount point, holding each file and folder
 * under the mount point by its path (mode, mtime in ms, and a file's bytes).
 * Node has no IndexedDB: there the store is kept in memory for the run.
 */
const IDBFS = (() => {
  const storeName = 'FILE_DATA';
  const memoryStores = new Map();
  const dbName = (mountpoint) =>
    `wasmcc:${typeof location !== 'undefined' ? location.pathname : ''}:${mountpoint}`;
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  function open(name) {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(storeName);
    return request(req);
  }
  /** The store's entries as a Map of path to entry. */
  async function load(name) {
    if (typeof indexedDB === 'undefined') return new Map(memoryStores.get(name) || []);
    const db = await open(name);
    try {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      return new Map(keys.map((k, i) => [k, values[i]]));
    } finally {
      db.close();
    }
  }
  /** Replaces the store's entries with `entries`, in one transaction. */
  async function save(name, entries) {
    if (typeof indexedDB === 'undefined') {
      memoryStores.set(name, entries);
      return;
    }
    const db = await open(name);
    try {
      const tx = db.transaction(storeName, 'readwrite');
      const store = tx.objectStore(storeName);
      store.clear();
      for (const [path, entry] of entries) store.put(entry, path);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = tx.onabort = () => reject(tx.error || new Error(`IDBFS: could not save ${name}`));
      });
    } finally {
      db.close();
    }
  }
  /** Every folder and file under `dir` in memfs, parents first. */
  function local(fs, dir, entries = new Map()) {
    for (const name of fs.readdir(dir).slice(2)) {
      const path = `${dir === '/' ? '' : dir}/${name}`;
      const st = fs.stat(path);
      const isDir = fs.isDir(st.mode);
      entries.set(path, { mode: st.mode, timestamp: st.mtime.getTime(), contents: isDir ? undefined : fs.readFile(path).slice() });
      if (isDir) local(fs, path, entries);
    }
    return entries;
  }
  /** Makes memfs under `mountpoint` what the store holds. */
  function populate(fs, mountpoint, stored) {
    const here = local(fs, mountpoint);
    // What the store lacks goes; children come before their parents here.
    for (const path of [...here.keys()].reverse()) {
      const entry = stored.get(path);
      const wasDir = here.get(path).contents === undefined;
      if (entry && (entry.contents === undefined) === wasDir) continue;
      if (!wasDir) fs.unlink(path);
      else if (fs.readdir(path).length === 2) fs.rmdir(path);
      // A folder with kept files is in the store as a file: writeFile below fails with EISDIR.
    }
    // Parents sort before their children.
    for (const path of [...stored.keys()].sort()) {
      const entry = stored.get(path);
      if (entry.contents === undefined) {
        if (!fs.analyzePath(path).exists) fs.mkdir(path);
      } else {
        fs.writeFile(path, entry.contents);
      }
      fs.chmod(path, entry.mode);
      fs.utime(path, entry.timestamp, entry.timestamp);
    }
  }
  return {
    mountKind: 'idbfs',
    /** Called by FS.syncfs for each IDBFS mount point. */
    async sync(fs, mountpoint, toMemory) {
      const name = dbName(mountpoint);
      if (toMemory) populate(fs, mountpoint, await load(name));
      else await save(name, local(fs, mountpoint));
    },
  };
})();
