/* Threads. wasmcc builds single-threaded programs (pthread_create fails
 * with EAGAIN): the one thread is the main runtime thread and, on a page,
 * the browser's main thread. */
#pragma once

#include <pthread.h>
#include <emscripten/em_types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 0: the program cannot start threads. */
int emscripten_has_threading_support(void);
/* navigator.hardwareConcurrency (Node: the number of CPUs); 1 when unknown. */
int emscripten_num_logical_cores(void);

/* 1: there is one thread, which runs main. */
int emscripten_is_main_runtime_thread(void);
/* 1: the program runs on the page's (or Node's) main thread. */
int emscripten_is_main_browser_thread(void);

pthread_t emscripten_main_runtime_thread_id(void);
pthread_t emscripten_main_browser_thread_id(void);

#ifdef __cplusplus
}
#endif
