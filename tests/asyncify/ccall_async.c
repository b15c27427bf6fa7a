/* ccall(..., {async: true}) of a C function that sleeps: the promise gives
 * its result once it has woken up, and the string argument it was given on
 * the C stack is still intact after the sleep. The call is made from a timer,
 * after main has left the program running; the test runs in Node, where
 * the JS ends the process with the length as its status. */
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

EMSCRIPTEN_KEEPALIVE int slow_length(const char *text) {
    printf("sleeping on \"%s\"\n", text);
    emscripten_sleep(20);
    printf("woke up on \"%s\"\n", text);
    return (int)strlen(text);
}

EMSCRIPTEN_KEEPALIVE void finish(int length) {
    printf("the promise gave %d\n", length);
    fflush(stdout);
}

int main(void) {
    EM_ASM({
        setTimeout(() => {
            const promise = Module.ccall('slow_length', 'number', ['string'], ['sleepy'], {async: true});
            console.log('ccall returned a promise: ' + (promise instanceof Promise));
            promise.then((n) => {
                Module.ccall('finish', null, ['number'], [n]);
                process.exit(n);
            });
        }, 0);
    });
    emscripten_exit_with_live_runtime();
}
