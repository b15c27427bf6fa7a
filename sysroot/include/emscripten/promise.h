/* JS promises from C (Emscripten's promise.h). A handle names a JS Promise
 * held by the runtime; values and reasons are pointer-sized numbers. A
 * rejection that nothing handles is not reported: C has no such notion.
 * While a callback waits, the program lives on after main. */
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _em_promise *em_promise_t;

typedef enum em_promise_result_t {
    EM_PROMISE_FULFILL,       /* fulfilled with the value */
    EM_PROMISE_MATCH,         /* settles as the promise whose handle is the value */
    EM_PROMISE_MATCH_RELEASE, /* as MATCH, and that handle is destroyed */
    EM_PROMISE_REJECT,        /* rejected with the value as reason */
} em_promise_result_t;

/* Called when a promise settles, with the `data` given to
 * emscripten_promise_then and the value (or reason). What it returns, with
 * what it wrote to *result (NULL if nothing), settles the promise that
 * emscripten_promise_then returned. */
typedef em_promise_result_t (*em_promise_callback_t)(void **result, void *data, void *value);

/* A new pending promise, to settle with emscripten_promise_resolve. */
em_promise_t emscripten_promise_create(void);

/* Lets go of a handle (each one made must be); callbacks already installed
 * are still called when the promise settles. */
void emscripten_promise_destroy(em_promise_t promise);

/* Settles a promise of emscripten_promise_create: FULFILL or REJECT with
 * `value`; MATCH (or MATCH_RELEASE, which also destroys it) with the outcome
 * of the promise whose handle `value` is. */
void emscripten_promise_resolve(em_promise_t promise, em_promise_result_t result, void *value);

/* A new promise settled by on_fulfilled or on_rejected when `promise`
 * settles. A NULL callback passes the value (or the reason) on. */
em_promise_t emscripten_promise_then(em_promise_t promise, em_promise_callback_t on_fulfilled,
                                     em_promise_callback_t on_rejected, void *data);

/* Promise.all: fulfilled when all are, with `results` (each value written
 * there if it is not NULL); else rejected with the first reason. */
em_promise_t emscripten_promise_all(em_promise_t *promises, void **results, size_t num_promises);

typedef struct em_settled_result_t {
    em_promise_result_t result; /* EM_PROMISE_FULFILL or EM_PROMISE_REJECT */
    void *value;
} em_settled_result_t;

/* Promise.allSettled: fulfilled when all have settled, with `results` (each
 * outcome written there if it is not NULL). */
em_promise_t emscripten_promise_all_settled(em_promise_t *promises, em_settled_result_t *results,
                                            size_t num_promises);

/* Promise.any: fulfilled with the first value; if all are rejected, rejected
 * with `errors` (each reason written there if it is not NULL). */
em_promise_t emscripten_promise_any(em_promise_t *promises, void **errors, size_t num_promises);

/* Promise.race: settles as the first of them to settle. */
em_promise_t emscripten_promise_race(em_promise_t *promises, size_t num_promises);

/* Waits until `promise` settles and returns how. Needs -sASYNCIFY (the
 * program sleeps meanwhile); without it the link fails saying so. */
em_settled_result_t emscripten_promise_await(em_promise_t promise);

#ifdef __cplusplus
}
#endif
