// File descriptors of a module that opens no files: it imports neither
// fd_prestat_get (through which wasi-libc finds every path) nor a socket, so
// its only descriptors are stdin, stdout and stderr. These versions of the
// fd_* calls need no descriptor table and no file system, as Emscripten
// leaves its file system out of a program that does not use it. The driver
// picks them when every fd_* call the module makes has one here
// (driver/glue/mod.rs); wasi-fd.js has the versions for files.

//! stdioClosed
/** The stdio descriptors the program has closed: a closed one is EBADF (8), as natively. */
const stdioClosed = [false, false, false];
function isStdio(fd) {
  return fd >= 0 && fd <= 2 && !stdioClosed[fd];
}

//! wasi_snapshot_preview1.fd_write [stdio] needs: stdioClosed, writeStdio, iovecs
function fd_write(fd, iovs, count, nwrittenPtr) {
  if (!isStdio(fd)) return 8;
  let total = 0;
  for (const buf of iovecs(iovs, count)) total += writeStdio(fd, buf);
  dv().setUint32(nwrittenPtr, total, true);
  return 0;
}

//! wasi_snapshot_preview1.fd_read [stdio] needs: stdioClosed, readStdin, iovecs
function fd_read(fd, iovs, count, nreadPtr) {
  if (!isStdio(fd)) return 8;
  let total = 0;
  // Only stdin has anything to read.
  for (const buf of fd === 0 ? iovecs(iovs, count) : []) {
    const n = readStdin(buf, total === 0);
    total += n;
    if (n < buf.length) break;
  }
  dv().setUint32(nreadPtr, total, true);
  return 0;
}

//! wasi_snapshot_preview1.fd_seek [stdio] needs: stdioClosed
/** stdio is a pipe or a terminal here, which cannot seek (ESPIPE, 70). */
function fd_seek(fd) {
  return isStdio(fd) ? 70 : 8;
}

//! wasi_snapshot_preview1.fd_tell [stdio] needs: wasi_snapshot_preview1.fd_seek
const fd_tell = fd_seek;

//! wasi_snapshot_preview1.fd_close [stdio] needs: stdioClosed
function fd_close(fd) {
  if (!isStdio(fd)) return 8;
  stdioClosed[fd] = true;
  return 0;
}

//! wasi_snapshot_preview1.fd_fdstat_get [stdio] needs: stdioClosed, isatty, writeFdstat
/** A character device (2), a terminal or not. */
function fd_fdstat_get(fd, statPtr) {
  if (!isStdio(fd)) return 8;
  writeFdstat(statPtr, 2, false, isatty(fd));
  return 0;
}
