/* A frame that reaches the last bytes of the stack without passing its end:
 * nothing traps, but the bytes at the stack's end are overwritten, which
 * -sSTACK_OVERFLOW_CHECK=1 finds when main returns, at exit() (argument
 * "exit"), or after the main loop's frame that did it (argument "loop"). */
#include <alloca.h>
#include <emscripten.h>
#include <emscripten/stack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) void fill(void) {
    /* All the stack that is left but its last 16 bytes. */
    size_t room = emscripten_stack_get_free() - 16;
    char *p = alloca(room);
    memset(p, 0xab, room);
}

static void frame(void) {
    static int frames;
    printf("frame %d\n", ++frames);
    fflush(stdout);
    fill();
    if (frames == 3)
        emscripten_cancel_main_loop();
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "loop") == 0) {
        emscripten_set_main_loop(frame, 0, 0);
        return 0;
    }
    fill();
    printf("filled\n");
    if (argc > 1)
        exit(0);
    return 0;
}
