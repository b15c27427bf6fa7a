// abort(), from libc-shims/abort.c: a message, and the status a shell shows
// for a native program killed by SIGABRT.

//! env.__wasmcc_abort needs: ExitStatus, report
function __wasmcc_abort() {
  report('Aborted()');
  throw new ExitStatus(134);
}
