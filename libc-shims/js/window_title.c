/* emscripten_get_window_title: the runtime copies the title into a buffer the
 * C side keeps and grows, valid until the next call. */

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdlib.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

/* Writes the title into buf (at most size bytes with the NUL); returns its length. */
JS("__wasmcc_window_title") int __wasmcc_window_title(char *buf, int size);

char *emscripten_get_window_title(void) {
    static char *title;
    static int capacity;
    for (;;) {
        int len = __wasmcc_window_title(title, capacity);
        if (len < capacity)
            return title;
        char *bigger = realloc(title, (size_t)len + 1);
        if (!bigger)
            return title ? title : (char *)"";
        title = bigger;
        capacity = len + 1;
    }
}
