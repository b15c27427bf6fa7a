/* The smaller calls of emscripten.h and its headers in Node, each printing
 * what it gave so the test can compare with the documented answers. */
#include <emscripten/emscripten.h>
#include <emscripten/em_math.h>
#include <emscripten/emmalloc.h>
#include <emscripten/html5.h>
#include <emscripten/key_codes.h>
#include <emscripten/stack.h>
#include <emscripten/threading.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int add_seven(int x) {
    return x + 7;
}

int main(void) {
    /* The older EM_ASM spellings. */
    int sum = EM_ASM_ARGS({ return $0 + $1; }, 2, 3);
    int legacy = EM_ASM_({ return $0 * 10; }, 4);
    int v = EM_ASM_INT_V({ return 11; });
    double d = EM_ASM_DOUBLE_V({ return 2.5; });
    printf("em_asm %d %d %d %g\n", sum, legacy, v, d);

    /* dynCall from inline JS calls a C function pointer. */
    int called = EM_ASM_INT({ return dynCall('ii', $0, [$1]) + dynCall_ii($0, 1); }, add_seven, 5);
    printf("dynCall %d\n", called);

    char buf[32];
    int len = emscripten_print_double(0.1, buf, sizeof buf);
    printf("print_double %s %d %d\n", buf, len, emscripten_print_double(1e21, NULL, 0));
    emscripten_print_double(-1.5, buf, sizeof buf);
    printf("print_double %s\n", buf);

    float r = emscripten_random();
    double mr = emscripten_math_random();
    printf("random in range %d\n", r >= 0 && r < 1 && mr >= 0 && mr < 1);

    emscripten_set_window_title("wasmcc \xc3\xa9t\xc3\xa9");
    printf("title %s\n", emscripten_get_window_title());
    int w = -1, h = -1;
    emscripten_get_screen_size(&w, &h);
    printf("screen %d %d\n", w, h);
    printf("dpr %g\n", emscripten_get_device_pixel_ratio());
    EmscriptenBatteryEvent battery;
    printf("battery %d\n", emscripten_get_battery_status(&battery));
    printf("asyncify %d\n", emscripten_has_asyncify());
    printf("setting %d %d\n", (int)(intptr_t)emscripten_get_compiler_setting("ASYNCIFY"),
           (int)(intptr_t)emscripten_get_compiler_setting("NO_SUCH_SETTING"));

    size_t size = emscripten_get_heap_size();
    printf("heap %d %d\n", size > 0 && size % 65536 == 0, emscripten_get_heap_max() >= size);
    printf("resize %d %d\n", emscripten_resize_heap(size + 65536),
           emscripten_get_heap_size() >= size + 65536);
    printf("resize past max %d\n", emscripten_resize_heap(emscripten_get_heap_max() + 65536));

    uintptr_t base = emscripten_stack_get_base(), end = emscripten_stack_get_end();
    uintptr_t sp = emscripten_stack_get_current();
    printf("stack %d %d %d\n", base > end, sp <= base && sp > end,
           emscripten_stack_get_free() == sp - end || emscripten_stack_get_free() < sp - end);

    printf("threads %d %d %d %d\n", emscripten_is_main_runtime_thread(),
           emscripten_is_main_browser_thread(), emscripten_has_threading_support(),
           emscripten_num_logical_cores() >= 1);

    printf("pk %#x %#x %#x %#x %s\n", emscripten_compute_dom_pk_code("KeyA"),
           emscripten_compute_dom_pk_code("ArrowUp"), emscripten_compute_dom_pk_code("VolumeMute"),
           emscripten_compute_dom_pk_code("NoSuchKey"), emscripten_dom_pk_code_to_string(DOM_PK_ENTER));
    printf("vk %s %s %d\n", emscripten_dom_vk_to_string(DOM_VK_A), emscripten_dom_vk_to_string(DOM_VK_F12),
           DOM_VK_RETURN);

    printf("math %g %g %g %g %g %g\n", emscripten_math_round(2.5), emscripten_math_round(-2.5),
           emscripten_math_sign(-3), emscripten_math_hypot(2, 3.0, 4.0), emscripten_math_cbrt(27),
           emscripten_math_pow(1, INFINITY));

    char *p = emmalloc_memalign(256, 100);
    p = emmalloc_aligned_realloc(p, 1024, 5000);
    printf("emmalloc %d %d\n", (uintptr_t)p % 1024 == 0, emmalloc_usable_size(p) >= 5000);
    emmalloc_free(p);

    printf("before log\n");
    emscripten_log(EM_LOG_WARN, "log warning %d", 1);
    emscripten_log(0, "log plain %s", "text");
    emscripten_console_log("console log");
    emscripten_console_error("console error");
    emscripten_outf("out %d", 42);
    emscripten_errf("err %d", 43);
    return 0;
}
