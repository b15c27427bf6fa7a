/* eventloop.h's timers in Node: they fire in the order of their times,
 * a cleared one never fires, loops stop when their callback returns false,
 * and the pending ones keep the program alive after main returns; the
 * program then ends with main's status, after its atexit handlers. */
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <stdio.h>
#include <stdlib.h>

static int loop_calls, interval_calls, immediate_loop_calls, interval_id;

static void say(void *text) {
    printf("%s\n", (const char *)text);
}

static void then_immediate(void *text) {
    say(text);
    emscripten_set_immediate(say, "immediate");
}

static void never(void *unused) {
    (void)unused;
    printf("a cleared timeout fired\n");
}

static EM_BOOL loop(double now, void *unused) {
    (void)unused;
    (void)now;
    loop_calls++;
    printf("loop %d\n", loop_calls);
    return loop_calls < 3;
}

static void interval(void *unused) {
    (void)unused;
    interval_calls++;
    printf("interval %d\n", interval_calls);
    if (interval_calls == 2)
        emscripten_clear_interval(interval_id);
}

static EM_BOOL immediate_loop(void *unused) {
    (void)unused;
    return ++immediate_loop_calls < 5;
}

static void keepalive_done(void *unused) {
    (void)unused;
    printf("immediate loop ran %d times\n", immediate_loop_calls);
    emscripten_runtime_keepalive_pop();
}

static void at_exit(void) {
    printf("atexit: keepalive %d\n", emscripten_runtime_keepalive_check());
}

int main(void) {
    atexit(at_exit);
    printf("before: keepalive %d\n", emscripten_runtime_keepalive_check());
    /* Far enough apart that a loaded machine keeps the order. */
    emscripten_set_timeout(say, 800, "timeout 800");
    emscripten_set_timeout(then_immediate, 100, "timeout 100");
    int cleared = emscripten_set_timeout(never, 50, NULL);
    emscripten_clear_timeout(cleared);
    emscripten_set_timeout(say, 400, "timeout 400");
    emscripten_async_call(say, "async call 600", 600);
    emscripten_set_timeout_loop(loop, 900, NULL);
    interval_id = emscripten_set_interval(interval, 250, NULL);
    emscripten_set_immediate_loop(immediate_loop, NULL);
    emscripten_runtime_keepalive_push();
    emscripten_set_timeout(keepalive_done, 2000, NULL);
    printf("main returns: keepalive %d\n", emscripten_runtime_keepalive_check());
    return 3;
}
