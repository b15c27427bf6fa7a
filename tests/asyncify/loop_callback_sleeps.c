/* A main loop's callback that sleeps longer than a frame: the frames due
 * meanwhile wait, so each frame ends before the next begins. */
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>

static int frames;

static void frame(void) {
    frames++;
    printf("frame %d begins\n", frames);
    emscripten_sleep(50);
    printf("frame %d ends\n", frames);
    if (frames == 3) {
        emscripten_cancel_main_loop();
        exit(4);
    }
}

int main(void) {
    emscripten_set_main_loop(frame, 0, 1);
    return 1;
}
