/* C functions called from a page's own script (examples/exports.html):
 *
 *   wasmcc examples/exports.c -o exports.js -sEXPORTED_RUNTIME_METHODS=ccall,cwrap
 *   cp examples/exports.html . && wasmrun exports.html
 *
 * EMSCRIPTEN_KEEPALIVE exports a function; the page calls it as Module._add,
 * or through ccall/cwrap, which also convert strings. */
#include <ctype.h>
#include <emscripten.h>
#include <string.h>

EMSCRIPTEN_KEEPALIVE int add(int a, int b) {
    return a + b;
}

/* Returns the text in capitals, in a buffer that lives until the next call. */
EMSCRIPTEN_KEEPALIVE const char *shout(const char *text) {
    static char buf[256];
    size_t i = 0;
    for (; text[i] && i < sizeof buf - 1; i++)
        buf[i] = (char)toupper((unsigned char)text[i]);
    buf[i] = '\0';
    return buf;
}
