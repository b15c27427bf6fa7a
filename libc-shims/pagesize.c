/* getpagesize: the page size sysconf() reports (64 KiB, a wasm page, as
 * under Emscripten). getdtablesize: sysconf's limit on open files. */
#include <unistd.h>

int getpagesize(void) { return (int)sysconf(_SC_PAGESIZE); }

int getdtablesize(void) {
    long n = sysconf(_SC_OPEN_MAX);
    return n < 0 || n > 0x7fffffff ? 0x7fffffff : (int)n;
}
