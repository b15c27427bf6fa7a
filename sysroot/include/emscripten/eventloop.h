/* Timers on the JS event loop (setTimeout, setInterval, setImmediate), as
 * Emscripten defines them. A pending timeout, a running interval or loop,
 * and each keepalive push keep the program alive after main returns, as a
 * main loop does; the program ends when the last one is done or cleared. */
#pragma once

#include <emscripten/em_types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Leaves main (or the current callback) for the event loop, like
 * emscripten_exit_with_live_runtime but without holding the program: it
 * ends once nothing else (timers, loops, listeners) keeps it alive. */
void emscripten_unwind_to_js_event_loop(void) __attribute__((__noreturn__));

/* Calls cb(user_data) once after `msecs` ms; returns an id for emscripten_clear_timeout. */
int emscripten_set_timeout(void (*cb)(void *user_data), double msecs, void *user_data);
/* Calls cb(now, user_data) at once from the event loop, then every
 * `interval_msecs` ms (counted from each call's start) while it returns
 * true. The id stops the loop through emscripten_clear_timeout. */
int emscripten_set_timeout_loop(EM_BOOL (*cb)(double time, void *user_data), double interval_msecs,
                                void *user_data);
/* Cancels a timeout or timeout loop that has not ended; other ids are ignored. */
void emscripten_clear_timeout(int id);

/* Calls cb(user_data) as soon as the event loop is free (setImmediate). */
int emscripten_set_immediate(void (*cb)(void *user_data), void *user_data);
/* Calls cb(user_data) on every turn of the event loop while it returns true. */
void emscripten_set_immediate_loop(EM_BOOL (*cb)(void *user_data), void *user_data);
void emscripten_clear_immediate(int id);

/* Calls cb(user_data) every `msecs` ms until emscripten_clear_interval. */
int emscripten_set_interval(void (*cb)(void *user_data), double msecs, void *user_data);
void emscripten_clear_interval(int id);

/* Counts a reason to keep the program alive after main; each push needs a pop. */
void emscripten_runtime_keepalive_push(void);
void emscripten_runtime_keepalive_pop(void);
/* Whether anything (a push, a timer, a main loop, a listener) keeps the program alive. */
EM_BOOL emscripten_runtime_keepalive_check(void);

#ifdef __cplusplus
}
#endif
