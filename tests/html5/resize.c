/* A resize callback on the window (NULL target) reports the page's
 * geometry; a listener holds the program alive until it is removed. */
#include <emscripten/html5.h>
#include <stdio.h>

static int calls;

static bool on_resize(int type, const EmscriptenUiEvent *e, void *data) {
    calls++;
    printf("resize %d type=%d inner=%dx%d body=%d data=%s\n", calls, type, e->windowInnerWidth,
           e->windowInnerHeight, e->documentBodyClientWidth > 0, (const char *)data);
    if (calls == 2) {
        /* The last listener gone, the program ends with main's status. */
        emscripten_set_resize_callback(NULL, 0, false, NULL);
    }
    return false;
}

int main(void) {
    printf("set: %d\n", emscripten_set_resize_callback(NULL, "r", false, on_resize));
    printf("bad target: %d\n", emscripten_set_resize_callback("#no-such-element", "r", false, on_resize));
    /* The test resizes the browser's viewport twice (wasmrun --resize). */
    return 3;
}
