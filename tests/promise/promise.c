/* emscripten/promise.h in Node: each case prints a line when its callback
 * runs. JS settles promises in microtasks, so the lines come after main
 * returns; the test compares them as a set, with the order that matters
 * (main first) checked apart. */
#include <emscripten/promise.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define P(x) ((void *)(uintptr_t)(x))
#define N(x) ((int)(uintptr_t)(x))

static em_promise_result_t show(void **result, void *data, void *value) {
    printf("fulfilled %s %d\n", (const char *)data, N(value));
    *result = value;
    return EM_PROMISE_FULFILL;
}

static em_promise_result_t show_reason(void **result, void *data, void *value) {
    printf("rejected %s %d\n", (const char *)data, N(value));
    return EM_PROMISE_FULFILL;
}

static em_promise_result_t never(void **result, void *data, void *value) {
    printf("never called %s\n", (const char *)data);
    return EM_PROMISE_FULFILL;
}

static em_promise_result_t add_one(void **result, void *data, void *value) {
    *result = P(N(value) + 1);
    return EM_PROMISE_FULFILL;
}

static em_promise_result_t reject_99(void **result, void *data, void *value) {
    *result = P(99);
    return EM_PROMISE_REJECT;
}

static em_promise_t matched;
static em_promise_result_t match_it(void **result, void *data, void *value) {
    *result = matched;
    return EM_PROMISE_MATCH_RELEASE;
}

static void *results[3];
static em_settled_result_t settled[2];
static void *errors[2];

static em_promise_result_t show_all(void **result, void *data, void *value) {
    printf("all same array %d: %d %d %d\n", value == (void *)results, N(results[0]),
           N(results[1]), N(results[2]));
    return EM_PROMISE_FULFILL;
}

static em_promise_result_t show_settled(void **result, void *data, void *value) {
    printf("all_settled same array %d: %d %d, %d %d\n", value == (void *)settled,
           settled[0].result == EM_PROMISE_FULFILL, N(settled[0].value),
           settled[1].result == EM_PROMISE_REJECT, N(settled[1].value));
    return EM_PROMISE_FULFILL;
}

static em_promise_result_t show_errors(void **result, void *data, void *value) {
    printf("any rejected same array %d: %d %d\n", value == (void *)errors, N(errors[0]),
           N(errors[1]));
    return EM_PROMISE_FULFILL;
}

int main(void) {
    /* A chain: 41 -> add_one -> 42. */
    em_promise_t p = emscripten_promise_create();
    em_promise_t q = emscripten_promise_then(p, add_one, never, "add_one");
    emscripten_promise_destroy(emscripten_promise_then(q, show, never, "chain"));
    emscripten_promise_resolve(p, EM_PROMISE_FULFILL, P(41));

    /* A rejection passes through a then without on_rejected. */
    em_promise_t a = emscripten_promise_create();
    em_promise_t b = emscripten_promise_then(a, never, NULL, "b");
    emscripten_promise_then(b, never, show_reason, "passed on");
    emscripten_promise_resolve(a, EM_PROMISE_REJECT, P(7));

    /* A callback that returns EM_PROMISE_REJECT rejects the next promise. */
    em_promise_t d = emscripten_promise_create();
    em_promise_t e = emscripten_promise_then(d, reject_99, NULL, "d");
    emscripten_promise_then(e, never, show_reason, "by callback");
    emscripten_promise_resolve(d, EM_PROMISE_FULFILL, 0);

    /* resolve with MATCH follows another promise. */
    em_promise_t g = emscripten_promise_create();
    em_promise_t h = emscripten_promise_create();
    emscripten_promise_resolve(g, EM_PROMISE_MATCH, h);
    emscripten_promise_then(g, show, never, "match");
    emscripten_promise_resolve(h, EM_PROMISE_FULFILL, P(5));

    /* A callback returning MATCH_RELEASE follows the promise it names. */
    em_promise_t j = emscripten_promise_create();
    matched = emscripten_promise_create();
    em_promise_t l = emscripten_promise_then(j, match_it, NULL, "j");
    emscripten_promise_then(l, show, never, "match_release");
    emscripten_promise_resolve(j, EM_PROMISE_FULFILL, 0);
    emscripten_promise_resolve(matched, EM_PROMISE_FULFILL, P(8));

    /* Destroying the handle of a then before the promise settles keeps its callback. */
    em_promise_t x = emscripten_promise_create();
    emscripten_promise_destroy(emscripten_promise_then(x, show, never, "destroyed early"));
    emscripten_promise_resolve(x, EM_PROMISE_FULFILL, P(3));

    /* all: the values in order, whatever the order of settling. */
    em_promise_t three[3];
    for (int i = 0; i < 3; i++)
        three[i] = emscripten_promise_create();
    emscripten_promise_then(emscripten_promise_all(three, results, 3), show_all, never, "all");
    emscripten_promise_resolve(three[2], EM_PROMISE_FULFILL, P(30));
    emscripten_promise_resolve(three[0], EM_PROMISE_FULFILL, P(10));
    emscripten_promise_resolve(three[1], EM_PROMISE_FULFILL, P(20));

    /* all with a rejection: rejected with its reason. */
    em_promise_t two[2] = {emscripten_promise_create(), emscripten_promise_create()};
    emscripten_promise_then(emscripten_promise_all(two, NULL, 2), never, show_reason, "all");
    emscripten_promise_resolve(two[0], EM_PROMISE_FULFILL, P(1));
    emscripten_promise_resolve(two[1], EM_PROMISE_REJECT, P(2));

    /* all_settled: each outcome. */
    em_promise_t s[2] = {emscripten_promise_create(), emscripten_promise_create()};
    emscripten_promise_then(emscripten_promise_all_settled(s, settled, 2), show_settled, never, "");
    emscripten_promise_resolve(s[1], EM_PROMISE_REJECT, P(12));
    emscripten_promise_resolve(s[0], EM_PROMISE_FULFILL, P(11));

    /* any: the first value; or, all rejected, the reasons. */
    em_promise_t y[2] = {emscripten_promise_create(), emscripten_promise_create()};
    emscripten_promise_then(emscripten_promise_any(y, NULL, 2), show, never, "any");
    emscripten_promise_resolve(y[0], EM_PROMISE_REJECT, P(1));
    emscripten_promise_resolve(y[1], EM_PROMISE_FULFILL, P(21));
    em_promise_t z[2] = {emscripten_promise_create(), emscripten_promise_create()};
    emscripten_promise_then(emscripten_promise_any(z, errors, 2), never, show_errors, "");
    emscripten_promise_resolve(z[1], EM_PROMISE_REJECT, P(32));
    emscripten_promise_resolve(z[0], EM_PROMISE_REJECT, P(31));

    /* race: the first to settle, a rejection here. */
    em_promise_t r[2] = {emscripten_promise_create(), emscripten_promise_create()};
    emscripten_promise_then(emscripten_promise_race(r, 2), never, show_reason, "race");
    emscripten_promise_resolve(r[1], EM_PROMISE_REJECT, P(41));
    emscripten_promise_resolve(r[0], EM_PROMISE_FULFILL, P(40));

    puts("main returns");
    return 0;
}
