// abort(), from libc-shims/abort.c: a message, and the status a shell shows
// for a native program killed by SIGABRT.

//! env.__wasmcc_abort needs: ExitStatus, report, crashTrace
function __wasmcc_abort() {
  report('Aborted()');
  // The call chain that led to abort(), from an assert's failure for one.
  for (const frame of crashTrace(new Error().stack)) report(frame.line);
  throw new ExitStatus(134);
}
