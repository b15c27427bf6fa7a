/* sbrk() for any increment, as Emscripten and Linux allow. wasi-libc's
 * aborts unless the increment is a whole number of 64 KiB pages. The break
 * starts at the end of memory; memory grows by whole pages when the break
 * passes it, and a negative increment moves the break back (memory never
 * shrinks). malloc calls sbrk too and copes with a break another caller
 * moved. */

#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#define WASM_PAGE 65536u

static uintptr_t brk_now;
/* The end of memory when sbrk last ran: memory grown since by someone else
 * (memory.grow from JS) belongs to them, so the break moves past it. */
static uintptr_t end_seen;

void *sbrk(intptr_t increment) {
    uintptr_t end = __builtin_wasm_memory_size(0) * WASM_PAGE;
    if (end != end_seen)
        brk_now = end;
    uintptr_t old = brk_now;
    if (increment < 0) {
        if ((uintptr_t)-increment > old) {
            errno = ENOMEM;
            return (void *)-1;
        }
        brk_now = old + increment;
        end_seen = end;
        return (void *)old;
    }
    if ((uintptr_t)increment > UINTPTR_MAX - old) {
        errno = ENOMEM;
        return (void *)-1;
    }
    uintptr_t want = old + (uintptr_t)increment;
    if (want > end) {
        uintptr_t pages = (want - end + WASM_PAGE - 1) / WASM_PAGE;
        if (__builtin_wasm_memory_grow(0, pages) == SIZE_MAX) {
            errno = ENOMEM;
            return (void *)-1;
        }
    }
    brk_now = want;
    end_seen = __builtin_wasm_memory_size(0) * WASM_PAGE;
    return (void *)old;
}
