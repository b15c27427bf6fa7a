/* emscripten_promise_await (with -sASYNCIFY): main sleeps until the promise
 * settles, resolved here from a timer. */
#include <emscripten/emscripten.h>
#include <emscripten/promise.h>
#include <stdint.h>
#include <stdio.h>

static void later(void *p) {
    puts("timer resolves");
    emscripten_promise_resolve((em_promise_t)p, EM_PROMISE_FULFILL, (void *)(uintptr_t)42);
}

int main(void) {
    em_promise_t p = emscripten_promise_create();
    emscripten_async_call(later, p, 20);
    em_settled_result_t r = emscripten_promise_await(p);
    printf("await fulfilled %d %d\n", r.result == EM_PROMISE_FULFILL, (int)(uintptr_t)r.value);
    em_promise_t q = emscripten_promise_create();
    emscripten_promise_resolve(q, EM_PROMISE_REJECT, (void *)(uintptr_t)5);
    r = emscripten_promise_await(q);
    printf("await rejected %d %d\n", r.result == EM_PROMISE_REJECT, (int)(uintptr_t)r.value);
    emscripten_promise_destroy(p);
    emscripten_promise_destroy(q);
    return 0;
}
