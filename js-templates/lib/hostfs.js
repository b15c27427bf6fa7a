// The host's files, for -sNODERAWFS in Node: the root directory is the host's
// root and paths reach the host file system directly. A handle is
// `{ path, fd }`, with `fd` undefined for a directory.

//! fsBackend [host] needs: errno, hostRequire
const fsBackend = (() => {
  const fs = hostRequire('fs');
  const nodePath = hostRequire('path');
  const C = fs.constants;
  const full = (dir, path) => nodePath.resolve(dir.path, path);
  const ns = (t) => BigInt(t);
  function stat(st) {
    const filetype = st.isDirectory() ? 3 : st.isFile() ? 4 : st.isSymbolicLink() ? 7 : st.isCharacterDevice() ? 2 : st.isBlockDevice() ? 1 : st.isSocket() ? 6 : 0;
    return { filetype, mode: Number(st.mode) & 0o7777, size: st.size, ino: st.ino, nlink: st.nlink, atime: ns(st.atimeNs), mtime: ns(st.mtimeNs), ctime: ns(st.ctimeNs) };
  }
  return {
    root: () => ({ path: '/', fd: undefined }),
    isDir: (h) => h.fd === undefined,
    size: (h) => fs.fstatSync(h.fd).size,
    open(dir, path, how) {
      const p = full(dir, path);
      let flags = how.write ? (how.read ? C.O_RDWR : C.O_WRONLY) : C.O_RDONLY;
      if (how.create) flags |= C.O_CREAT;
      if (how.excl) flags |= C.O_EXCL;
      if (how.trunc) flags |= C.O_TRUNC;
      if (how.directory) flags |= C.O_DIRECTORY;
      if (how.follow === false) flags |= C.O_NOFOLLOW;
      const fd = fs.openSync(p, flags, 0o666);
      if (fs.fstatSync(fd).isDirectory()) {
        fs.closeSync(fd);
        return { path: p, fd: undefined };
      }
      return { path: p, fd };
    },
    close(h) {
      if (h.fd !== undefined) fs.closeSync(h.fd);
    },
    read: (h, bytes, at) => fs.readSync(h.fd, bytes, 0, bytes.length, at),
    write: (h, bytes, at) => fs.writeSync(h.fd, bytes, 0, bytes.length, at),
    truncate: (h, size) => fs.ftruncateSync(h.fd, size),
    stat: (h) => stat(h.fd === undefined ? fs.statSync(h.path, { bigint: true }) : fs.fstatSync(h.fd, { bigint: true })),
    statPath: (dir, path, follow) => stat((follow ? fs.statSync : fs.lstatSync)(full(dir, path), { bigint: true })),
    chmod(h, mode) {
      if (h.fd === undefined) fs.chmodSync(h.path, mode);
      else fs.fchmodSync(h.fd, mode);
    },
    chmodPath(dir, path, mode, follow) {
      const p = full(dir, path);
      // Linux cannot change a symbolic link's own mode.
      if (!follow && fs.lstatSync(p).isSymbolicLink()) throw ERRNO.NOTSUP;
      fs.chmodSync(p, mode);
    },
    setTimes(h, atime, mtime) {
      fs.utimesSync(h.path, Number(atime) / 1e9, Number(mtime) / 1e9);
    },
    list(h) {
      const out = [
        { name: '.', filetype: 3, ino: 0 },
        { name: '..', filetype: 3, ino: 0 },
      ];
      for (const e of fs.readdirSync(h.path, { withFileTypes: true })) {
        out.push({ name: e.name, filetype: e.isDirectory() ? 3 : e.isFile() ? 4 : e.isSymbolicLink() ? 7 : 0, ino: 0 });
      }
      return out;
    },
    mkdir: (dir, path) => fs.mkdirSync(full(dir, path)),
    rmdir: (dir, path) => fs.rmdirSync(full(dir, path)),
    unlink: (dir, path) => fs.unlinkSync(full(dir, path)),
    rename: (fromDir, fromPath, toDir, toPath) => fs.renameSync(full(fromDir, fromPath), full(toDir, toPath)),
    link: (fromDir, fromPath, toDir, toPath) => fs.linkSync(full(fromDir, fromPath), full(toDir, toPath)),
    symlink: (target, dir, path) => fs.symlinkSync(target, full(dir, path)),
    readlink: (dir, path) => fs.readlinkSync(full(dir, path)),
  };
})();

//! env.__wasmcc_host_cwd needs: hostRequire, utf8, mem
/** Copies the host's working directory to `buf`; 0 if it does not fit. */
function __wasmcc_host_cwd(buf, len) {
  const cwd = utf8Encoder.encode(hostRequire('process').cwd() + '\0');
  if (cwd.length > len) return 0;
  u8().set(cwd, buf);
  return cwd.length - 1;
}

//! hostRequire needs: isNode
/** A Node module; the host's files exist only in Node. */
function hostRequire(name) {
  if (!isNode) throw new Error('this program was built with -sNODERAWFS=1, which gives it the host\'s files: run it in Node');
  return require(name);
}
