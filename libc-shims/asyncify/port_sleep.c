/* The sleep SDL's port calls (see driver/ports/sdl2.rs) in a program built
 * with -sASYNCIFY: emscripten_sleep, which gives the browser its turn. */

#include <emscripten.h>

void __wasmcc_port_sleep(unsigned int ms) {
    emscripten_sleep(ms);
}
