/* The browser's fullscreen with a strategy: requested outside an input
 * event, it waits (DEFERRED) for the next key; the canvas then fills the
 * screen at its resolution, and leaving fullscreen restores it. */
#include <emscripten/html5.h>
#include <stdio.h>

static void state(const char *when) {
    int w, h;
    emscripten_get_canvas_element_size("#canvas", &w, &h);
    EmscriptenFullscreenChangeEvent fs;
    emscripten_get_fullscreen_status(&fs);
    printf("%s: canvas=%dx%d fullscreen=%d screen=%dx%d\n", when, w, h, fs.isFullscreen, fs.screenWidth,
           fs.screenHeight);
}

static bool on_canvas_resized(int type, const void *reserved, void *data) {
    state("canvas resized");
    return false;
}

static bool on_key(int type, const EmscriptenKeyboardEvent *e, void *data) {
    return false;
}

static bool on_fullscreen(int type, const EmscriptenFullscreenChangeEvent *e, void *data) {
    printf("fullscreenchange: %d\n", e->isFullscreen);
    if (e->isFullscreen) {
        emscripten_exit_fullscreen();
    } else {
        emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, 0, false, NULL);
        emscripten_set_fullscreenchange_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, 0, false, NULL);
    }
    return false;
}

int main(void) {
    emscripten_set_canvas_element_size("#canvas", 300, 150);
    EmscriptenFullscreenStrategy stretch = {
        .scaleMode = EMSCRIPTEN_FULLSCREEN_SCALE_STRETCH,
        .canvasResolutionScaleMode = EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE_STDDEF,
        .canvasResizedCallback = on_canvas_resized,
    };
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, 0, false, on_key);
    emscripten_set_fullscreenchange_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, 0, false, on_fullscreen);
    printf("not deferred: %d\n", emscripten_request_fullscreen_strategy("#canvas", false, &stretch));
    printf("request: %d\n", emscripten_request_fullscreen_strategy("#canvas", true, &stretch));
    return 0;
}
