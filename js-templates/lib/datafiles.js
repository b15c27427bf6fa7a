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
