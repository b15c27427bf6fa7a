/* The terminal as the JS runtime keeps it: a page's terminal
 * (js-templates/lib/terminal.js) follows the attributes tcsetattr() sets,
 * and reports its size; in Node the size is the TTY's. */

#include <sys/ioctl.h>
#include <termios.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_terminal_attrs") void __wasmcc_terminal_attrs(const struct termios *t);
/* Writes the size into ws; returns 0 or an errno value. */
JS("__wasmcc_terminal_size") int __wasmcc_terminal_size(struct winsize *ws);

void __wasmcc_runtime_termios(const struct termios *t) { __wasmcc_terminal_attrs(t); }

int __wasmcc_runtime_winsize(struct winsize *ws) { return __wasmcc_terminal_size(ws); }

/* Exported by a link for a page's terminal, which the driver reads back
 * after the link (driver/terminal.rs); never called. */
void __wasmcc_terminal(void) {}
