/* A frame that reaches the last bytes of the stack without passing its end:
 * nothing traps, but the bytes at the stack's end are overwritten, which
 * -sSTACK_OVERFLOW_CHECK=1 finds when main returns. */
#include <alloca.h>
#include <emscripten/stack.h>
#include <stdio.h>
#include <string.h>

__attribute__((noinline)) void fill(void) {
    /* All the stack that is left but its last 16 bytes. */
    size_t room = emscripten_stack_get_free() - 16;
    char *p = alloca(room);
    memset(p, 0xab, room);
}

int main(void) {
    fill();
    printf("filled\n");
    return 0;
}
