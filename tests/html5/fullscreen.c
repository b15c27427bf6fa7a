/* Soft fullscreen with a strategy: the canvas fills the window, stretched
 * at the window's resolution, and follows a window resize; then, kept at
 * its own resolution, fills it with its aspect ratio and sharp pixels.
 * Leaving restores the canvas; canvasResizedCallback hears each change. */
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>

static int resized_calls, resize_calls;

/* The canvas's pixel size, CSS size and object-fit, and the window's size. */
static void state(const char *when) {
    int w, h;
    double cw, ch;
    emscripten_get_canvas_element_size("#canvas", &w, &h);
    emscripten_get_element_css_size("#canvas", &cw, &ch);
    /* object-fit fill 1, contain 2, none 3; plus 10 for sharp pixels. (No
     * comma outside parentheses: it would split the macro's arguments.) */
    int fit = EM_ASM_INT({
        const style = getComputedStyle(document.querySelector('#canvas'));
        return (style.objectFit == 'fill' ? 1 : 0) + (style.objectFit == 'contain' ? 2 : 0) +
               (style.objectFit == 'none' ? 3 : 0) + (style.imageRendering == 'pixelated' ? 10 : 0);
    });
    printf("%s: canvas=%dx%d css=%.0fx%.0f window=%dx%d fit=%d\n", when, w, h, cw, ch,
           EM_ASM_INT({ return innerWidth; }), EM_ASM_INT({ return innerHeight; }), fit);
}

static bool on_canvas_resized(int type, const void *reserved, void *data) {
    resized_calls++;
    printf("canvas resized %d: type=%d reserved=%d data=%s\n", resized_calls, type, reserved == NULL,
           (const char *)data);
    return false;
}

static bool on_resize(int type, const EmscriptenUiEvent *e, void *data) {
    if (++resize_calls > 1) return false;
    state("resized");
    printf("exit: %d\n", emscripten_exit_soft_fullscreen());
    state("left");

    EmscriptenFullscreenStrategy aspect = {
        .scaleMode = EMSCRIPTEN_FULLSCREEN_SCALE_ASPECT,
        .canvasResolutionScaleMode = EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE_NONE,
        .filteringMode = EMSCRIPTEN_FULLSCREEN_FILTERING_NEAREST,
    };
    printf("enter aspect: %d\n", emscripten_enter_soft_fullscreen(NULL, &aspect));
    state("aspect");
    emscripten_exit_soft_fullscreen();
    state("left again");
    emscripten_set_resize_callback(NULL, 0, false, NULL);
    return false;
}

int main(void) {
    emscripten_set_canvas_element_size("#canvas", 300, 150);
    state("before");
    EmscriptenFullscreenStrategy stretch = {
        .scaleMode = EMSCRIPTEN_FULLSCREEN_SCALE_STRETCH,
        .canvasResolutionScaleMode = EMSCRIPTEN_FULLSCREEN_CANVAS_SCALE_STDDEF,
        .canvasResizedCallback = on_canvas_resized,
        .canvasResizedCallbackUserData = "s",
    };
    printf("no strategy: %d\n", emscripten_enter_soft_fullscreen("#canvas", NULL));
    printf("bad target: %d\n", emscripten_enter_soft_fullscreen("#no-such-element", &stretch));
    printf("enter: %d\n", emscripten_enter_soft_fullscreen("#canvas", &stretch));
    state("stretch");
    /* The test resizes the window (wasmrun --resize). */
    emscripten_set_resize_callback(NULL, 0, false, on_resize);
    return 0;
}
