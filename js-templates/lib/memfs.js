// The in-memory file system: files a program writes live as long as the
// program does. A handle is a node: a directory (with `entries`) or a file
// (with `data`, of which the first `size` bytes are the contents). A file
// placed from a data package (`place`) has as `data` a view of the package's
// buffer, marked `shared`: the first change copies it, so the package is
// never copied on the way in and never changed.

//! fsBackend [memory] needs: errno, nowNanos
const fsBackend = (() => {
  let nextIno = 1;
  function makeNode(isDir, parent) {
    const t = nowNanos(0);
    // Modes are those of a umask of 022; chmod changes them.
    const mode = isDir ? 0o755 : 0o644;
    const node = { isDir, entries: isDir ? new Map() : null, data: new Uint8Array(0), size: 0, mode, ino: nextIno++, nlink: 1, atime: t, mtime: t, ctime: t };
    node.parent = parent || node;
    return node;
  }
  const root = makeNode(true, null);
  // Programs expect a /tmp to write scratch files to, as on any Unix. It
  // appears when first named, so the starting folder (the root) lists as
  // empty, as a native program started in an empty folder sees it.
  const tmpName = 'tmp';

  /** Splits `path` into its directory node and last name ('' for the directory itself). */
  function walk(dir, path) {
    const parts = path.split('/').filter((p) => p !== '' && p !== '.');
    let cur = path.startsWith('/') ? root : dir;
    const last = parts.pop();
    if (cur === root && (parts[0] || last) === tmpName && !root.entries.has(tmpName)) {
      root.entries.set(tmpName, makeNode(true, root));
    }
    for (const p of parts) {
      cur = p === '..' ? cur.parent : cur.entries.get(p);
      if (!cur) throw ERRNO.NOENT;
      if (!cur.isDir) throw ERRNO.NOTDIR;
    }
    if (last === undefined) return { parent: cur.parent, name: '', node: cur };
    if (last === '..') return { parent: cur.parent.parent, name: '', node: cur.parent };
    return { parent: cur, name: last, node: cur.entries.get(last) || null };
  }
  function existing(dir, path) {
    const { node } = walk(dir, path);
    if (!node) throw ERRNO.NOENT;
    return node;
  }
  function touch(node) {
    node.mtime = node.ctime = nowNanos(0);
  }
  function reserve(node, size) {
    if (node.shared) {
      // A copy, also of a Node Buffer, whose slice() would be another view.
      node.data = new Uint8Array(node.data.subarray(0, node.size));
      node.shared = false;
    }
    if (size <= node.data.length) return;
    const grown = new Uint8Array(Math.max(size, node.data.length * 2, 256));
    grown.set(node.data.subarray(0, node.size));
    node.data = grown;
  }
  function stat(node) {
    return { filetype: node.isDir ? 3 : 4, mode: node.mode, size: node.isDir ? 4096 : node.size, ino: node.ino, nlink: node.nlink, atime: node.atime, mtime: node.mtime, ctime: node.ctime };
  }

  return {
    root: () => root,
    isDir: (node) => node.isDir,
    size: (node) => node.size,
    open(dir, path, how) {
      const { parent, name, node } = walk(dir, path);
      if (node) {
        if (how.create && how.excl) throw ERRNO.EXIST;
        if (how.directory && !node.isDir) throw ERRNO.NOTDIR;
        if (node.isDir && how.write) throw ERRNO.ISDIR;
        if (how.trunc && !node.isDir) {
          node.size = 0;
          touch(node);
        }
        return node;
      }
      if (!how.create) throw ERRNO.NOENT;
      if (!parent.isDir) throw ERRNO.NOTDIR;
      const file = makeNode(false, parent);
      parent.entries.set(name, file);
      touch(parent);
      return file;
    },
    chmod(node, mode) {
      node.mode = mode;
      node.ctime = nowNanos(0);
    },
    chmodPath(dir, path, mode) {
      const node = existing(dir, path);
      node.mode = mode;
      node.ctime = nowNanos(0);
    },
    close() {},
    /** Gives a file the contents `bytes`, a view kept as it is until the file changes. */
    place(node, bytes) {
      node.data = bytes;
      node.size = bytes.length;
      node.shared = true;
      touch(node);
    },
    read(node, bytes, at) {
      const n = Math.max(0, Math.min(bytes.length, node.size - at));
      bytes.set(node.data.subarray(at, at + n));
      return n;
    },
    write(node, bytes, at) {
      reserve(node, at + bytes.length);
      if (at > node.size) node.data.fill(0, node.size, at);
      node.data.set(bytes, at);
      node.size = Math.max(node.size, at + bytes.length);
      touch(node);
      return bytes.length;
    },
    truncate(node, size) {
      reserve(node, size);
      if (size > node.size) node.data.fill(0, node.size, size);
      node.size = size;
      touch(node);
    },
    stat,
    statPath: (dir, path) => stat(existing(dir, path)),
    setTimes(node, atime, mtime) {
      node.atime = atime;
      node.mtime = mtime;
    },
    list(node) {
      const out = [
        { name: '.', filetype: 3, ino: node.ino },
        { name: '..', filetype: 3, ino: node.parent.ino },
      ];
      for (const [name, child] of node.entries) out.push({ name, filetype: child.isDir ? 3 : 4, ino: child.ino });
      return out;
    },
    mkdir(dir, path) {
      const { parent, name, node } = walk(dir, path);
      if (node) throw ERRNO.EXIST;
      parent.entries.set(name, makeNode(true, parent));
      touch(parent);
    },
    rmdir(dir, path) {
      const { parent, name, node } = walk(dir, path);
      if (!node) throw ERRNO.NOENT;
      if (!node.isDir) throw ERRNO.NOTDIR;
      if (node === root || name === '') throw ERRNO.INVAL;
      if (node.entries.size) throw ERRNO.NOTEMPTY;
      parent.entries.delete(name);
      touch(parent);
    },
    unlink(dir, path) {
      const { parent, name, node } = walk(dir, path);
      if (!node) throw ERRNO.NOENT;
      if (node.isDir) throw ERRNO.ISDIR;
      parent.entries.delete(name);
      node.nlink--;
      touch(parent);
    },
    rename(fromDir, fromPath, toDir, toPath) {
      const from = walk(fromDir, fromPath);
      const to = walk(toDir, toPath);
      if (!from.node) throw ERRNO.NOENT;
      if (from.name === '' || to.name === '') throw ERRNO.INVAL;
      for (let p = to.parent; ; p = p.parent) {
        if (p === from.node) throw ERRNO.INVAL;
        if (p === p.parent) break;
      }
      if (to.node) {
        if (to.node.isDir && !from.node.isDir) throw ERRNO.ISDIR;
        if (!to.node.isDir && from.node.isDir) throw ERRNO.NOTDIR;
        if (to.node.isDir && to.node.entries.size) throw ERRNO.NOTEMPTY;
      }
      from.parent.entries.delete(from.name);
      to.parent.entries.set(to.name, from.node);
      from.node.parent = from.node.isDir ? to.parent : from.node.parent;
      touch(from.parent);
      touch(to.parent);
    },
    link(fromDir, fromPath, toDir, toPath) {
      const node = existing(fromDir, fromPath);
      if (node.isDir) throw ERRNO.PERM;
      const to = walk(toDir, toPath);
      if (to.node) throw ERRNO.EXIST;
      to.parent.entries.set(to.name, node);
      node.nlink++;
    },
    symlink() {
      throw ERRNO.NOTSUP;
    },
    readlink(dir, path) {
      existing(dir, path);
      throw ERRNO.INVAL;
    },
  };
})();
