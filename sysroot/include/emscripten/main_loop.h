/*
 * Main loops: a function the browser calls once per frame, as Emscripten
 * defines them. Programs on the web cannot block in a loop of their own; they
 * hand the loop body to the runtime, which calls it from the event loop.
 */
#ifndef _EMSCRIPTEN_MAIN_LOOP_H
#define _EMSCRIPTEN_MAIN_LOOP_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*em_callback_func)(void);
typedef void (*em_arg_callback_func)(void *);

#define EM_TIMING_SETTIMEOUT 0
#define EM_TIMING_RAF 1
#define EM_TIMING_SETIMMEDIATE 2

/*
 * Calls func every frame: on requestAnimationFrame when fps <= 0, else
 * fps times a second. With simulate_infinite_loop, the call does not return:
 * the rest of the caller (main) never runs, and the program lives on in the
 * loop until it calls exit() or emscripten_force_exit(). When the loop is
 * cancelled and nothing else keeps the program alive, it exits with the
 * status main returned (0 if main never returned).
 */
void emscripten_set_main_loop(em_callback_func func, int fps, bool simulate_infinite_loop);
void emscripten_set_main_loop_arg(em_arg_callback_func func, void *arg, int fps,
                                  bool simulate_infinite_loop);
void emscripten_cancel_main_loop(void);
void emscripten_pause_main_loop(void);
void emscripten_resume_main_loop(void);

/* Returns 0 on success, 1 when there is no main loop to time. */
int emscripten_set_main_loop_timing(int mode, int value);
void emscripten_get_main_loop_timing(int *mode, int *value);

/* Calls cb once per animation frame until it returns false. */
void emscripten_request_animation_frame_loop(bool (*cb)(double time, void *userData),
                                             void *userData);

/* Leaves main without ending the program: callbacks keep running. */
void emscripten_exit_with_live_runtime(void) __attribute__((__noreturn__));

/* Ends the program now with this status: atexit handlers run, stdio is flushed. */
void emscripten_force_exit(int status) __attribute__((__noreturn__));

#ifdef __cplusplus
}
#endif

#endif
