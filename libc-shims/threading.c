/* emscripten/threading.h for a program with one thread (see pthread.c). */

#include <emscripten/threading.h>

int emscripten_has_threading_support(void) {
    return 0;
}

int emscripten_is_main_runtime_thread(void) {
    return 1;
}

int emscripten_is_main_browser_thread(void) {
    return 1;
}

pthread_t emscripten_main_runtime_thread_id(void) {
    return pthread_self();
}

pthread_t emscripten_main_browser_thread_id(void) {
    return pthread_self();
}
