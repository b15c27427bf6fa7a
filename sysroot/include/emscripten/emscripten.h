/* The part of Emscripten's interface that wasmcc implements: calling JS from
 * C (EM_JS, EM_ASM, emscripten_run_script), keeping C functions for JS,
 * timers and the event loop, logging, and a few facts about the page. */
#pragma once

#include <emscripten/em_macros.h>
#include <emscripten/em_types.h>
#include <emscripten/em_js.h>
#include <emscripten/em_asm.h>
#include <emscripten/eventloop.h>
#include <emscripten/console.h>
#include <emscripten/heap.h>
#include <emscripten/wget.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Types for reading unaligned data through a pointer: `*(emscripten_align1_int *)p`. */
typedef short __attribute__((aligned(1))) emscripten_align1_short;
typedef long long __attribute__((aligned(4))) emscripten_align4_int64;
typedef long long __attribute__((aligned(2))) emscripten_align2_int64;
typedef long long __attribute__((aligned(1))) emscripten_align1_int64;
typedef int __attribute__((aligned(2))) emscripten_align2_int;
typedef int __attribute__((aligned(1))) emscripten_align1_int;
typedef float __attribute__((aligned(2))) emscripten_align2_float;
typedef float __attribute__((aligned(1))) emscripten_align1_float;
typedef double __attribute__((aligned(4))) emscripten_align4_double;
typedef double __attribute__((aligned(2))) emscripten_align2_double;
typedef double __attribute__((aligned(1))) emscripten_align1_double;

/* Runs JS source text with the global eval. */
void emscripten_run_script(const char *script);
int emscripten_run_script_int(const char *script);
/* The result as a string, valid until the next call. */
char *emscripten_run_script_string(const char *script);

/* Milliseconds since an arbitrary start, with sub-millisecond precision (performance.now()). */
double emscripten_get_now(void);

/* A number in [0, 1) from JS's Math.random(). */
float emscripten_random(void);

/* Stops in the JS debugger when one is attached (a `debugger;` statement). */
void emscripten_debugger(void);

/* Sleeps for `ms` milliseconds while the browser (or Node's event loop) runs:
 * timers fire, frames are drawn, events arrive. Needs -sASYNCIFY; without it
 * the link fails saying so. sleep(), usleep() and nanosleep() yield too. */
void emscripten_sleep(unsigned int ms);

/* 1 when the program was linked with -sASYNCIFY (emscripten_sleep works), else 0. */
int emscripten_has_asyncify(void);

/* The value of a build setting by name, for the ones wasmcc knows
 * ("ASYNCIFY", "EXIT_RUNTIME", "ALLOW_MEMORY_GROWTH", each 0 or 1), given as
 * the pointer's value as with emcc; 0 for any other name. */
const char *emscripten_get_compiler_setting(const char *name);

/* Calls func(arg) from the event loop after `millis` ms, or on the next
 * animation frame when millis is negative. Until then the program lives on. */
void emscripten_async_call(em_arg_callback_func func, void *arg, int millis);

/* Writes x as JS prints it (`String(x)`: "0.1", "1e+21", "NaN") into `to`,
 * NUL-terminated, in at most `max` bytes; returns the length without the
 * NUL. With `to` NULL, only returns the length. */
int emscripten_print_double(double x, char *to, signed max);

/* Flags of emscripten_log. */
#define EM_LOG_CONSOLE 1     /* to the browser console, not stdout/stderr */
#define EM_LOG_WARN 2        /* a warning: console.warn, or stderr */
#define EM_LOG_ERROR 4       /* an error: console.error, or stderr */
#define EM_LOG_C_STACK 8     /* add the call stack */
#define EM_LOG_JS_STACK 16   /* add the call stack */
#define EM_LOG_DEMANGLE 32   /* no effect */
#define EM_LOG_NO_PATHS 64   /* no effect */
#define EM_LOG_FUNC_PARAMS 128 /* no effect */
#define EM_LOG_DEBUG 256     /* console.debug */
#define EM_LOG_INFO 512      /* console.info */

/* printf-style logging: one line on stdout, on stderr with EM_LOG_WARN or
 * EM_LOG_ERROR, or to the console's matching level with EM_LOG_CONSOLE. */
void emscripten_log(int flags, const char *format, ...) __attribute__((format(printf, 2, 3)));

/* The page's title (document.title); where there is no page, the title last set. */
void emscripten_set_window_title(const char *title);
/* The title, valid until the next call. */
char *emscripten_get_window_title(void);

/* The screen's size in CSS pixels (screen.width, screen.height); 0 where there is no screen. */
void emscripten_get_screen_size(int *width, int *height);

/* Hides the mouse cursor over the canvas (CSS cursor: none). */
void emscripten_hide_mouse(void);

#ifdef __cplusplus
}
#endif

#if __has_include(<emscripten/main_loop.h>)
#include <emscripten/main_loop.h>
#endif
