/* The sleep SDL's port calls (see driver/ports/sdl2.rs), in a program
 * built without -sASYNCIFY: SDL calls it only when emscripten_has_asyncify()
 * is 1, which it is not here, so reaching it is a bug. With -sASYNCIFY the
 * definition in asyncify/port_sleep.c, linked first, is used instead. */

void __wasmcc_port_sleep(unsigned int ms) {
    (void)ms;
    __builtin_trap();
}
