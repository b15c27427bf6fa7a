/* Key callbacks on the canvas (focused), the document and the window (NULL
 * target): the struct fields of real keys sent by wasmrun, a callback that
 * returns true cancelling the key (so no keypress follows, as the DOM's UI
 * Events specify), and modifiers from a synthetic event. Ends after 'c'. */
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *kind(int type) {
    return type == EMSCRIPTEN_EVENT_KEYDOWN ? "keydown" : type == EMSCRIPTEN_EVENT_KEYUP ? "keyup" : "keypress";
}

static bool on_key(int type, const EmscriptenKeyboardEvent *e, void *where) {
    double now = EM_ASM_DOUBLE({ return Date.now(); });
    printf("%s %s key=%s code=%s keyCode=%lu which=%lu charCode=%lu ctrl=%d shift=%d alt=%d meta=%d "
           "repeat=%d location=%lu time=%s\n",
           kind(type), (const char *)where, e->key, e->code, e->keyCode, e->which, e->charCode,
           e->ctrlKey, e->shiftKey, e->altKey, e->metaKey, e->repeat, e->location,
           e->timestamp > now - 5000 && e->timestamp < now + 5000 ? "ok" : "wrong");
    if (type == EMSCRIPTEN_EVENT_KEYDOWN && !strcmp(e->key, "b") && !strcmp(where, "canvas"))
        return true; /* preventDefault */
    if (type == EMSCRIPTEN_EVENT_KEYUP && !strcmp(e->key, "b"))
        printf("b prevented=%d\n", EM_ASM_INT({ return globalThis.bPrevented ? 1 : 0; }));
    if (type == EMSCRIPTEN_EVENT_KEYUP && !strcmp(e->key, "c")) {
        /* Only the document and the window listen for this one (it is dispatched there). */
        EM_ASM({
            document.dispatchEvent(new KeyboardEvent('keydown', {
                key: 'Z', code: 'KeyZ', shiftKey: true, altKey: true, metaKey: true,
                repeat: true, location: 1, bubbles: true, cancelable: true}));
        });
        exit(0);
    }
    return false;
}

int main(void) {
    /* The default page shows the canvas only once a context is made. */
    EM_ASM({
        Module.canvas.hidden = false;
        Module.canvas.focus();
        addEventListener('keydown', (e) => { if (e.key === 'b') globalThis.bPrevented = e.defaultPrevented; });
    });
    emscripten_set_keydown_callback("#canvas", "canvas", false, on_key);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, "document", false, on_key);
    emscripten_set_keydown_callback(NULL, "window", false, on_key);
    emscripten_set_keypress_callback(NULL, "window", false, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, "window", false, on_key);
    puts("ready");
    /* main returns: the listeners keep the program running. */
    return 0;
}
