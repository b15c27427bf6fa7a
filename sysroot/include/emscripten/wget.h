/* Downloading from C (Emscripten's wget functions), over emscripten_fetch.
 * A URL is fetched as the page would fetch it (a relative one against the
 * page's address); in Node a URL without a scheme, or a file: URL, names a
 * file of the host, and http(s) URLs are fetched. A failure is no response,
 * an HTTP status outside 200-299, or a missing file. Until a request is over
 * the program lives on after main. */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*em_async_wget_onload_func)(void *arg, void *buffer, int size);
typedef void (*em_async_wget2_onload_func)(unsigned handle, void *arg, const char *file);
typedef void (*em_async_wget2_onstatus_func)(unsigned handle, void *arg, int status);
typedef void (*em_async_wget2_data_onload_func)(unsigned handle, void *arg, void *buffer, unsigned size);
typedef void (*em_async_wget2_data_onerror_func)(unsigned handle, void *arg, int status,
                                                 const char *status_text);
typedef void (*em_async_wget2_data_onprogress_func)(unsigned handle, void *arg, int loaded, int total);

/* Fetches `url` in the background. On success calls onload(arg, data, size)
 * with the response's bytes, which are freed when onload returns; on a
 * failure calls onerror(arg). */
void emscripten_async_wget_data(const char *url, void *arg, em_async_wget_onload_func onload,
                                void (*onerror)(void *arg));

/* Fetches `url` and writes it to `file` in the program's file system
 * (the folder must exist), then calls onload(file); on a failure to fetch
 * or to write, onerror(file). */
void emscripten_async_wget(const char *url, const char *file, void (*onload)(const char *file),
                           void (*onerror)(const char *file));

/* As emscripten_async_wget with a method ("GET", or "POST" with `param` as
 * the body) and a handle: onload(handle, arg, file), onerror(handle, arg,
 * HTTP status, 0 without a response), and onprogress(handle, arg, 100) once
 * the whole response has arrived. Returns the handle. */
int emscripten_async_wget2(const char *url, const char *file, const char *requesttype,
                           const char *param, void *arg, em_async_wget2_onload_func onload,
                           em_async_wget2_onstatus_func onerror,
                           em_async_wget2_onstatus_func onprogress);

/* As emscripten_async_wget_data with a method and a handle. The buffer given
 * to onload is freed when onload returns if `free` is nonzero, else it is
 * the program's to free(). onprogress(handle, arg, loaded, total) is called
 * once, when the whole response has arrived. */
int emscripten_async_wget2_data(const char *url, const char *requesttype, const char *param,
                                void *arg, int free, em_async_wget2_data_onload_func onload,
                                em_async_wget2_data_onerror_func onerror,
                                em_async_wget2_data_onprogress_func onprogress);

/* Cancels a request of emscripten_async_wget2 or _wget2_data: none of its
 * callbacks will be called. */
void emscripten_async_wget2_abort(int handle);

/* Fetches `url` into `file` and returns when done: 0 on success, 1 on a
 * failure. Needs -sASYNCIFY (the program sleeps meanwhile); without it the
 * link fails saying so. */
int emscripten_wget(const char *url, const char *file);

/* Fetches `url` and returns when done: *pbuffer a malloc'ed copy of the bytes
 * (the program frees it), *pnum their count and *perror 0; on a failure
 * *pbuffer is NULL, *pnum 0 and *perror 1. Needs -sASYNCIFY, as emscripten_wget. */
void emscripten_wget_data(const char *url, void **pbuffer, int *pnum, int *perror);

#ifdef __cplusplus
}
#endif
