// File descriptors: WASI fd_* and path_* over stdio and a file system
// backend (`fsBackend`: in memory, or the host's files with -sNODERAWFS).
//
// A backend handle is opaque here. Backends throw a WASI errno (a number) or a
// Node error with a code such as 'ENOENT'; `errnoOf` turns either into the
// errno a WASI call returns.

//! fdTable needs: stdioEntry, errno
/** Open descriptors by number: 0 to 2 are stdio, 3 is the root directory. */
const fdTable = [stdioEntry(0), stdioEntry(1), stdioEntry(2)];
function getFd(fd) {
  const entry = fdTable[fd];
  if (!entry) throw ERRNO.BADF;
  return entry;
}
function allocFd(entry, from = 3) {
  let fd = from;
  while (fdTable[fd]) fd++;
  fdTable[fd] = entry;
  return fd;
}
/**
 * Closes descriptor `fd`. dup() lets several descriptors share one open
 * file, which closes with the last of them.
 */
function releaseFd(fd) {
  const entry = getFd(fd);
  fdTable[fd] = undefined;
  if (!fdTable.includes(entry)) entry.close();
}

//! stdioEntry needs: isatty, writeStdio, errno
/**
 * stdin, stdout or stderr. wasi-libc line-buffers stdout only when it is a
 * character device without seek rights, so a terminal (or a page's console)
 * is reported as one and a pipe is not, as for a native program.
 */
function stdioEntry(fd) {
  return {
    isDir: false,
    tty: isatty(fd),
    get filetype() {
      return 2;
    },
    // Only fd_read and fd_pread read, and they bring readStdin; a program
    // without them never calls this.
    read: (bytes, mayWait) => (fd === 0 && typeof readStdin == 'function' ? readStdin(bytes, mayWait) : 0),
    write: (bytes) => writeStdio(fd, bytes),
    seek() {
      throw ERRNO.SPIPE;
    },
    stat: () => ({ filetype: 2, size: 0n, ino: BigInt(fd), nlink: 1n, atime: 0n, mtime: 0n, ctime: 0n }),
    close() {},
  };
}

//! iovecs needs: mem
/** The buffers of an iovec array, as views of memory. */
function iovecs(iovs, count) {
  const v = dv();
  const bytes = u8();
  const out = [];
  for (let i = 0; i < count; i++) {
    const ptr = v.getUint32(iovs + i * 8, true);
    const len = v.getUint32(iovs + i * 8 + 4, true);
    out.push(bytes.subarray(ptr, ptr + len));
  }
  return out;
}

//! FileEntry needs: errno
/** An open file or directory of a backend, with its position. */
class FileEntry {
  constructor(backend, handle, append) {
    this.backend = backend;
    this.handle = handle;
    this.isDir = backend.isDir(handle);
    this.append = append;
    this.pos = 0;
  }
  get filetype() {
    return this.isDir ? 3 : 4;
  }
  read(bytes) {
    const n = this.pread(bytes, this.pos);
    this.pos += n;
    return n;
  }
  write(bytes) {
    const at = this.append ? this.backend.size(this.handle) : this.pos;
    const n = this.pwrite(bytes, at);
    this.pos = at + n;
    return n;
  }
  pread(bytes, at) {
    if (this.isDir) throw ERRNO.ISDIR;
    return this.backend.read(this.handle, bytes, at);
  }
  pwrite(bytes, at) {
    if (this.isDir) throw ERRNO.ISDIR;
    return this.backend.write(this.handle, bytes, at);
  }
  seek(offset, whence) {
    const base = [0, this.pos, this.isDir ? 0 : this.backend.size(this.handle)][whence];
    if (base === undefined || base + offset < 0) throw ERRNO.INVAL;
    this.pos = base + offset;
    return this.pos;
  }
  stat() {
    return this.backend.stat(this.handle);
  }
  close() {
    this.backend.close(this.handle);
  }
}

//! writeFilestat needs: mem
// WASI's filestat has no mode; the last one written is kept for
// env.__wasmcc_file_mode, which the stat family asks right after.
let lastFileMode = -1;
/** Writes a WASI filestat (64 bytes). */
function writeFilestat(ptr, st) {
  lastFileMode = st.mode === undefined ? -1 : st.mode;
  const v = dv();
  v.setBigUint64(ptr, 0n, true);
  v.setBigUint64(ptr + 8, BigInt(st.ino), true);
  v.setUint8(ptr + 16, st.filetype);
  v.setBigUint64(ptr + 24, BigInt(st.nlink), true);
  v.setBigUint64(ptr + 32, BigInt(st.size), true);
  v.setBigUint64(ptr + 40, BigInt(st.atime), true);
  v.setBigUint64(ptr + 48, BigInt(st.mtime), true);
  v.setBigUint64(ptr + 56, BigInt(st.ctime), true);
}

//! dirFd needs: fdTable, errno
/** The directory entry behind a descriptor used as the base of a path. */
function dirFd(fd) {
  const entry = getFd(fd);
  if (!entry.isDir) throw ERRNO.NOTDIR;
  return entry;
}

//! wasi_snapshot_preview1.fd_write [files] needs: fdTable, iovecs, errno
function fd_write(fd, iovs, count, nwrittenPtr) {
  try {
    const entry = getFd(fd);
    let total = 0;
    for (const buf of iovecs(iovs, count)) total += entry.write(buf);
    dv().setUint32(nwrittenPtr, total, true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_read [files] needs: fdTable, iovecs, errno, readStdin
function fd_read(fd, iovs, count, nreadPtr) {
  try {
    const entry = getFd(fd);
    let total = 0;
    for (const buf of iovecs(iovs, count)) {
      const n = entry.read(buf, total === 0);
      total += n;
      if (n < buf.length) break;
    }
    dv().setUint32(nreadPtr, total, true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_pread needs: fdTable, iovecs, errno, readStdin
function fd_pread(fd, iovs, count, offset, nreadPtr) {
  try {
    const entry = getFd(fd);
    let at = Number(offset);
    let total = 0;
    for (const buf of iovecs(iovs, count)) {
      const n = entry.pread(buf, at);
      total += n;
      at += n;
      if (n < buf.length) break;
    }
    dv().setUint32(nreadPtr, total, true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_pwrite needs: fdTable, iovecs, errno
function fd_pwrite(fd, iovs, count, offset, nwrittenPtr) {
  try {
    const entry = getFd(fd);
    let at = Number(offset);
    let total = 0;
    for (const buf of iovecs(iovs, count)) {
      const n = entry.pwrite(buf, at);
      total += n;
      at += n;
    }
    dv().setUint32(nwrittenPtr, total, true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_seek [files] needs: fdTable, errno, mem
function fd_seek(fd, offset, whence, newOffsetPtr) {
  try {
    const pos = getFd(fd).seek(Number(offset), whence);
    dv().setBigUint64(newOffsetPtr, BigInt(pos), true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_tell [files] needs: fdTable, errno, mem
function fd_tell(fd, offsetPtr) {
  try {
    dv().setBigUint64(offsetPtr, BigInt(getFd(fd).seek(0, 1)), true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_close [files] needs: fdTable, errno
function fd_close(fd) {
  try {
    releaseFd(fd);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_fdstat_get [files] needs: fdTable, errno, writeFdstat
function fd_fdstat_get(fd, statPtr) {
  try {
    const entry = getFd(fd);
    writeFdstat(statPtr, entry.filetype, entry.append, entry.tty);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! writeFdstat needs: mem
/**
 * Writes a WASI fdstat. wasi-libc line-buffers stdout only when it has no
 * seek rights, so a terminal (or a page's console) gets every right less seek
 * and tell (bits 2 and 5), and a pipe or file every right: stdout buffers as
 * a native program's does.
 */
function writeFdstat(ptr, filetype, append, tty) {
  const v = dv();
  v.setUint8(ptr, filetype);
  v.setUint16(ptr + 2, append ? 1 : 0, true);
  v.setBigUint64(ptr + 8, tty ? 0x3fffffdbn : 0x3fffffffn, true);
  v.setBigUint64(ptr + 16, 0x3fffffffn, true);
}

//! wasi_snapshot_preview1.fd_fdstat_set_flags needs: fdTable, errno
function fd_fdstat_set_flags(fd, flags) {
  try {
    getFd(fd).append = (flags & 1) !== 0;
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_fdstat_set_rights needs: fdTable, errno
function fd_fdstat_set_rights(fd) {
  try {
    getFd(fd);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_filestat_get needs: fdTable, errno, writeFilestat
function fd_filestat_get(fd, statPtr) {
  try {
    writeFilestat(statPtr, getFd(fd).stat());
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_filestat_set_size needs: fdTable, errno
function fd_filestat_set_size(fd, size) {
  try {
    const entry = getFd(fd);
    if (entry.isDir || !entry.backend) throw ERRNO.INVAL;
    entry.backend.truncate(entry.handle, Number(size));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_filestat_set_times needs: fdTable, errno, setTimes
function fd_filestat_set_times(fd, atime, mtime, flags) {
  try {
    const entry = getFd(fd);
    if (!entry.backend) return 0;
    entry.backend.setTimes(entry.handle, ...setTimes(entry.stat(), atime, mtime, flags));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! setTimes needs: nowNanos
/** The new access and modification times, in ns, from WASI fstflags. */
function setTimes(st, atime, mtime, flags) {
  const now = nowNanos(0);
  const a = flags & 2 ? now : flags & 1 ? atime : BigInt(st.atime);
  const m = flags & 8 ? now : flags & 4 ? mtime : BigInt(st.mtime);
  return [a, m];
}

//! wasi_snapshot_preview1.fd_sync needs: fdTable, errno
function fd_sync(fd) {
  try {
    getFd(fd);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_datasync needs: wasi_snapshot_preview1.fd_sync
function fd_datasync(fd) {
  return fd_sync(fd);
}

//! wasi_snapshot_preview1.fd_advise needs: wasi_snapshot_preview1.fd_sync
function fd_advise(fd) {
  return fd_sync(fd);
}

//! wasi_snapshot_preview1.fd_allocate needs: fdTable, errno
function fd_allocate(fd, offset, len) {
  try {
    const entry = getFd(fd);
    if (entry.isDir || !entry.backend) throw ERRNO.INVAL;
    const end = Number(offset + len);
    if (entry.backend.size(entry.handle) < end) entry.backend.truncate(entry.handle, end);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_renumber needs: fdTable, errno
function fd_renumber(from, to) {
  try {
    const entry = getFd(from);
    if (from === to) return 0;
    if (fdTable[to]) releaseFd(to);
    fdTable[to] = entry;
    fdTable[from] = undefined;
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! env.__wasmcc_fd_dup needs: fdTable, errno
/**
 * dup and dup2 (libc-shims/js/dup.c): descriptor `to` (or, when `to` is
 * negative, the lowest free one) becomes another number for the open file
 * of `from`, sharing its position. Returns the new number or -errno.
 */
function __wasmcc_fd_dup(from, to) {
  try {
    const entry = getFd(from);
    if (to < 0) return allocFd(entry, 0);
    if (to !== from) {
      if (fdTable[to]) releaseFd(to);
      fdTable[to] = entry;
    }
    return to;
  } catch (e) {
    return -errnoOf(e);
  }
}

//! wasi_snapshot_preview1.fd_prestat_get needs: fdTable, fsBackend, FileEntry, mem, errno
// The root directory is the one preopened directory; wasi-libc resolves
// every path (relative ones against its current directory) through it.
let rootPreopened = false;
function fd_prestat_get(fd, prestatPtr) {
  if (fd === 3 && !rootPreopened) {
    rootPreopened = true;
    fdTable[3] = new FileEntry(fsBackend, fsBackend.root(), false);
    fdTable[3].preopen = '/';
  }
  const entry = fdTable[fd];
  if (!entry || !entry.preopen) return ERRNO.BADF;
  dv().setUint8(prestatPtr, 0);
  dv().setUint32(prestatPtr + 4, entry.preopen.length, true);
  return 0;
}

//! wasi_snapshot_preview1.fd_prestat_dir_name needs: fdTable, mem, utf8, errno
function fd_prestat_dir_name(fd, pathPtr, len) {
  const entry = fdTable[fd];
  if (!entry || !entry.preopen) return ERRNO.BADF;
  u8().set(utf8Encoder.encode(entry.preopen).subarray(0, len), pathPtr);
  return 0;
}

//! wasi_snapshot_preview1.fd_readdir needs: fdTable, errno, mem, utf8
function fd_readdir(fd, buf, bufLen, cookie, usedPtr) {
  try {
    const entry = getFd(fd);
    if (!entry.isDir) throw ERRNO.NOTDIR;
    const list = entry.backend.list(entry.handle);
    const v = dv();
    let used = 0;
    for (let i = Number(cookie); i < list.length && used < bufLen; i++) {
      const name = utf8Encoder.encode(list[i].name);
      // A dirent: d_next, d_ino, d_namlen, d_type, then the name. The last one
      // may be cut short; wasi-libc then asks again with a bigger buffer.
      const record = new Uint8Array(24 + name.length);
      const rv = new DataView(record.buffer);
      rv.setBigUint64(0, BigInt(i + 1), true);
      rv.setBigUint64(8, BigInt(list[i].ino), true);
      rv.setUint32(16, name.length, true);
      rv.setUint8(20, list[i].filetype);
      record.set(name, 24);
      const n = Math.min(record.length, bufLen - used);
      u8().set(record.subarray(0, n), buf + used);
      used += n;
    }
    v.setUint32(usedPtr, used, true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_open needs: dirFd, FileEntry, utf8, errno, mem
function path_open(dirfd, dirflags, pathPtr, pathLen, oflags, rightsBase, rightsInheriting, fdflags, fdPtr) {
  try {
    const dir = dirFd(dirfd);
    const how = {
      create: (oflags & 1) !== 0,
      directory: (oflags & 2) !== 0,
      excl: (oflags & 4) !== 0,
      trunc: (oflags & 8) !== 0,
      follow: (dirflags & 1) !== 0,
      read: (rightsBase & 2n) !== 0n,
      write: (rightsBase & 64n) !== 0n,
    };
    const handle = dir.backend.open(dir.handle, readString(pathPtr, pathLen), how);
    const fd = allocFd(new FileEntry(dir.backend, handle, (fdflags & 1) !== 0));
    dv().setUint32(fdPtr, fd, true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_filestat_get needs: dirFd, utf8, errno, writeFilestat
function path_filestat_get(dirfd, flags, pathPtr, pathLen, statPtr) {
  try {
    const dir = dirFd(dirfd);
    writeFilestat(statPtr, dir.backend.statPath(dir.handle, readString(pathPtr, pathLen), (flags & 1) !== 0));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! env.__wasmcc_file_mode needs: writeFilestat
/**
 * The permission bits of the file whose filestat was written last (see
 * libc-shims/js/file_modes.c), or -1 when the runtime keeps none (stdio).
 */
function __wasmcc_file_mode() {
  return lastFileMode;
}

//! env.__wasmcc_file_chmod needs: fdTable, utf8, errno
/** chmod for the runtime's files, as __wasmcc_file_mode names them; 0 or -errno. */
function __wasmcc_file_chmod(fd, pathPtr, len, mode, follow) {
  try {
    const entry = getFd(fd);
    if (len < 0) {
      // stdio is not a file of the runtime's: nothing to change.
      if (entry.backend) entry.backend.chmod(entry.handle, mode);
    } else {
      entry.backend.chmodPath(entry.handle, readString(pathPtr, len), mode, follow !== 0);
    }
    return 0;
  } catch (e) {
    return -errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_filestat_set_times needs: dirFd, utf8, errno, setTimes
function path_filestat_set_times(dirfd, flags, pathPtr, pathLen, atime, mtime, fstflags) {
  try {
    const dir = dirFd(dirfd);
    const path = readString(pathPtr, pathLen);
    const handle = dir.backend.open(dir.handle, path, { follow: (flags & 1) !== 0 });
    try {
      const st = dir.backend.stat(handle);
      dir.backend.setTimes(handle, ...setTimes(st, atime, mtime, fstflags));
    } finally {
      dir.backend.close(handle);
    }
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_create_directory needs: dirFd, utf8, errno
function path_create_directory(dirfd, pathPtr, pathLen) {
  try {
    const dir = dirFd(dirfd);
    dir.backend.mkdir(dir.handle, readString(pathPtr, pathLen));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_remove_directory needs: dirFd, utf8, errno
function path_remove_directory(dirfd, pathPtr, pathLen) {
  try {
    const dir = dirFd(dirfd);
    dir.backend.rmdir(dir.handle, readString(pathPtr, pathLen));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_unlink_file needs: dirFd, utf8, errno
function path_unlink_file(dirfd, pathPtr, pathLen) {
  try {
    const dir = dirFd(dirfd);
    dir.backend.unlink(dir.handle, readString(pathPtr, pathLen));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_rename needs: dirFd, utf8, errno
function path_rename(fromFd, fromPtr, fromLen, toFd, toPtr, toLen) {
  try {
    const from = dirFd(fromFd);
    const to = dirFd(toFd);
    if (from.backend !== to.backend) throw ERRNO.XDEV;
    from.backend.rename(from.handle, readString(fromPtr, fromLen), to.handle, readString(toPtr, toLen));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_symlink needs: dirFd, utf8, errno
function path_symlink(targetPtr, targetLen, dirfd, pathPtr, pathLen) {
  try {
    const dir = dirFd(dirfd);
    dir.backend.symlink(readString(targetPtr, targetLen), dir.handle, readString(pathPtr, pathLen));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_readlink needs: dirFd, utf8, errno, mem
function path_readlink(dirfd, pathPtr, pathLen, buf, bufLen, usedPtr) {
  try {
    const dir = dirFd(dirfd);
    const target = utf8Encoder.encode(dir.backend.readlink(dir.handle, readString(pathPtr, pathLen)));
    const n = Math.min(target.length, bufLen);
    u8().set(target.subarray(0, n), buf);
    dv().setUint32(usedPtr, n, true);
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.path_link needs: dirFd, utf8, errno
function path_link(fromFd, flags, fromPtr, fromLen, toFd, toPtr, toLen) {
  try {
    const from = dirFd(fromFd);
    const to = dirFd(toFd);
    if (from.backend !== to.backend) throw ERRNO.XDEV;
    from.backend.link(from.handle, readString(fromPtr, fromLen), to.handle, readString(toPtr, toLen));
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

//! wasi_snapshot_preview1.sock_accept needs: errno
function sock_accept() {
  return ERRNO.NOTSUP;
}

//! wasi_snapshot_preview1.sock_recv needs: errno
function sock_recv() {
  return ERRNO.NOTSUP;
}

//! wasi_snapshot_preview1.sock_send needs: errno
function sock_send() {
  return ERRNO.NOTSUP;
}

//! wasi_snapshot_preview1.sock_shutdown needs: errno
function sock_shutdown() {
  return ERRNO.NOTSUP;
}
