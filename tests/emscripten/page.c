/* The page facts of emscripten.h and html5.h in a browser: the window
 * title, an element's CSS size, the device pixel ratio, the screen, the
 * beforeunload callback's registration, and the battery once the browser
 * has answered (Chromium has navigator.getBattery()). */
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdio.h>

static const char *leaving(int event_type, const void *reserved, void *user_data) {
    (void)event_type;
    (void)reserved;
    (void)user_data;
    return "really leave?";
}

static void battery_later(void *unused) {
    (void)unused;
    EmscriptenBatteryEvent b;
    int result = emscripten_get_battery_status(&b);
    printf("battery %d level_ok %d\n", result, result == 0 && b.level >= 0 && b.level <= 1);
}

int main(void) {
    emscripten_set_window_title("wasmcc page title");
    printf("title %s\n", emscripten_get_window_title());
    printf("document.title %s\n", emscripten_run_script_string("document.title"));

    printf("set css %d\n", emscripten_set_element_css_size("#canvas", 123.5, 45));
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    printf("css %g %g\n", w, h);
    printf("style %s\n", emscripten_run_script_string("document.querySelector('#canvas').style.width"));
    printf("missing %d\n", emscripten_set_element_css_size("#no-such-element", 1, 1));

    printf("dpr matches %d\n", emscripten_get_device_pixel_ratio() ==
                                   EM_ASM_DOUBLE({ return window.devicePixelRatio; }));
    int sw = 0, sh = 0;
    emscripten_get_screen_size(&sw, &sh);
    printf("screen matches %d\n", sw == EM_ASM_INT({ return screen.width; }) &&
                                      sh == EM_ASM_INT({ return screen.height; }) && sw > 0);

    emscripten_hide_mouse();
    printf("cursor %s\n", emscripten_run_script_string("document.querySelector('#canvas').style.cursor"));

    printf("beforeunload %d\n", emscripten_set_beforeunload_callback(NULL, leaving));
    emscripten_set_timeout(battery_later, 500, NULL);
    return 0;
}
