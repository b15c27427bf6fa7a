/* emscripten_run_script_string: the JS runs the script and says how long its
 * result is; the result is copied into a buffer that this file owns and
 * reuses, valid until the next call, as Emscripten documents. */

#include <stdlib.h>

__attribute__((import_module("env"), import_name("__wasmcc_run_script_string")))
int __wasmcc_run_script_string(const char *script, char *buf, int size);

char *emscripten_run_script_string(const char *script) {
    static char *buf;
    static int cap;
    int need = __wasmcc_run_script_string(script, buf, cap);
    if (need > cap) {
        char *bigger = realloc(buf, need);
        if (!bigger)
            return NULL;
        buf = bigger;
        cap = need;
        __wasmcc_run_script_string(NULL, buf, cap);
    }
    return buf;
}
