/* The terminal without the JS runtime (a standalone .wasm, whose WASI host
 * has no terminal interface): attribute changes stay with terminal.c, and
 * the window's size is unknown (ENOTTY). With the JS runtime, js/terminal.c
 * comes first in the link and these are not used. */

#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>

void __wasmcc_runtime_termios(const struct termios *t) { (void)t; }

int __wasmcc_runtime_winsize(struct winsize *ws) {
    (void)ws;
    return ENOTTY;
}
