/* Writing to the JS console. The plain forms print one string; the f forms
 * format it as printf does. In Node, log goes to stdout and warn and error
 * to stderr. emscripten_out and emscripten_err print a line where the
 * program's stdout and stderr go (Module.print and Module.printErr on a page). */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

void emscripten_console_log(const char *utf8String);
void emscripten_console_warn(const char *utf8String);
void emscripten_console_error(const char *utf8String);
void emscripten_console_trace(const char *utf8String);

void emscripten_out(const char *utf8String);
void emscripten_err(const char *utf8String);
/* Like emscripten_err: wasmcc has no separate debug channel. */
void emscripten_dbg(const char *utf8String);

void emscripten_console_logf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void emscripten_console_warnf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void emscripten_console_errorf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void emscripten_console_tracef(const char *format, ...) __attribute__((format(printf, 1, 2)));
void emscripten_outf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void emscripten_errf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void emscripten_dbgf(const char *format, ...) __attribute__((format(printf, 1, 2)));

#ifdef __cplusplus
}
#endif
