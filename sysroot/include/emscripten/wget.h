/* Downloading from C. */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*em_async_wget_onload_func)(void *arg, void *buffer, int size);

/* Fetches `url` in the background. On success calls onload(arg, data, size)
 * with the response's bytes, which are freed when onload returns; on a
 * failure (no response, or an HTTP status outside 200-299) calls
 * onerror(arg). Until then the program lives on. */
void emscripten_async_wget_data(const char *url, void *arg, em_async_wget_onload_func onload,
                                void (*onerror)(void *arg));

#ifdef __cplusplus
}
#endif
