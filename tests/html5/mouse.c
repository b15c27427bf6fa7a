/* Mouse callbacks on the canvas, the document and the window (NULL),
 * driven by MouseEvents dispatched from JS at known coordinates: client and
 * target coordinates, buttons and modifiers, emscripten_get_mouse_status,
 * and a NULL callback removing a listener. */
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>

static bool on_mouse(int type, const EmscriptenMouseEvent *e, void *where) {
    printf("%d %s client=%ld,%ld target=%ld,%ld screen=%ld,%ld movement=%ld,%ld button=%d buttons=%d "
           "ctrl=%d shift=%d alt=%d meta=%d\n",
           type, (const char *)where, e->clientX, e->clientY, e->targetX, e->targetY, e->screenX,
           e->screenY, e->movementX, e->movementY, e->button, e->buttons, e->ctrlKey, e->shiftKey,
           e->altKey, e->metaKey);
    return false;
}

static void dispatch(const char *what) {
    EM_ASM({ globalThis.fire(UTF8ToString($0)); }, what);
}

int main(void) {
    EmscriptenMouseEvent status;
    printf("status before: %d\n", emscripten_get_mouse_status(&status));
    /* The canvas at a known place in the page, so that targetX is clientX - 37. */
    EM_ASM({
        const c = Module.canvas;
        c.hidden = false;
        c.style.position = 'absolute';
        c.style.left = '37px';
        c.style.top = '53px';
        c.style.margin = '0';
        globalThis.fire = (what) => {
            if (what === 'click') {
                c.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 47, clientY: 73,
                    screenX: 147, screenY: 173, button: 2, buttons: 2, ctrlKey: true, altKey: true}));
            } else if (what === 'move') {
                document.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: 100,
                    clientY: 150, movementX: 5, movementY: -3, shiftKey: true, metaKey: true}));
            } else {
                c.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, clientX: 60, clientY: 90,
                    button: 0, buttons: 1}));
            }
        };
    });
    emscripten_set_click_callback("#canvas", "canvas", false, on_mouse);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, "document", false, on_mouse);
    emscripten_set_mousedown_callback(NULL, "window", false, on_mouse);
    dispatch("click");
    dispatch("move");
    if (emscripten_get_mouse_status(&status) == EMSCRIPTEN_RESULT_SUCCESS)
        printf("status: client=%ld,%ld\n", status.clientX, status.clientY);
    dispatch("down");
    emscripten_set_click_callback("#canvas", 0, false, NULL);
    dispatch("click");
    puts("done");
    /* With no listener left, the program ends when main returns. */
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, 0, false, NULL);
    emscripten_set_mousedown_callback(NULL, 0, false, NULL);
    return 0;
}
