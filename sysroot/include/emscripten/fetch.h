/* Emscripten's Fetch API: downloads from C, with callbacks. wasmcc has its
 * basic use: an asynchronous request (GET, or another method with a body)
 * whose response lands in memory (EMSCRIPTEN_FETCH_LOAD_TO_MEMORY), then
 * onsuccess or onerror. In Node a URL without a scheme (or file:) names a
 * file, read from the host. Until the request is over the program lives on
 * after main. Flags for persisting to IndexedDB, streaming and synchronous
 * requests are accepted and do nothing more. */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <emscripten/html5.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EMSCRIPTEN_FETCH_LOAD_TO_MEMORY 1
#define EMSCRIPTEN_FETCH_STREAM_DATA 2
#define EMSCRIPTEN_FETCH_PERSIST_FILE 4
#define EMSCRIPTEN_FETCH_APPEND 8
#define EMSCRIPTEN_FETCH_REPLACE 16
#define EMSCRIPTEN_FETCH_NO_DOWNLOAD 32
#define EMSCRIPTEN_FETCH_SYNCHRONOUS 64
#define EMSCRIPTEN_FETCH_WAITABLE 128

struct emscripten_fetch_t;

typedef struct emscripten_fetch_attr_t {
    char requestMethod[32]; /* "GET" after emscripten_fetch_attr_init */
    void *userData;
    void (*onsuccess)(struct emscripten_fetch_t *fetch);
    void (*onerror)(struct emscripten_fetch_t *fetch);
    void (*onprogress)(struct emscripten_fetch_t *fetch);
    void (*onreadystatechange)(struct emscripten_fetch_t *fetch);
    uint32_t attributes; /* EMSCRIPTEN_FETCH_* */
    uint32_t timeoutMSecs;
    EM_BOOL withCredentials;
    const char *destinationPath;
    const char *userName;
    const char *password;
    const char *const *requestHeaders; /* name, value, ..., NULL */
    const char *overriddenMimeType;
    const char *requestData;
    size_t requestDataSize;
} emscripten_fetch_attr_t;

typedef struct emscripten_fetch_t {
    uint32_t id;
    void *userData;
    const char *url;
    const char *data;     /* the response, numBytes long; freed by emscripten_fetch_close */
    uint64_t numBytes;
    uint64_t dataOffset;
    uint64_t totalBytes;
    unsigned short readyState; /* 4 when done */
    unsigned short status;     /* the HTTP status; 200 for a file read in Node; 0 without a response */
    char statusText[64];
    uint32_t __proxyState;
    emscripten_fetch_attr_t __attributes;
} emscripten_fetch_t;

void emscripten_fetch_attr_init(emscripten_fetch_attr_t *fetch_attr);
emscripten_fetch_t *emscripten_fetch(emscripten_fetch_attr_t *fetch_attr, const char *url);
/* Waiting needs threads: answers EMSCRIPTEN_RESULT_NOT_SUPPORTED. */
EMSCRIPTEN_RESULT emscripten_fetch_wait(emscripten_fetch_t *fetch, double timeoutMSecs);
/* Frees the fetch and its data; a request still running calls back no more. */
EMSCRIPTEN_RESULT emscripten_fetch_close(emscripten_fetch_t *fetch);
size_t emscripten_fetch_get_response_headers_length(emscripten_fetch_t *fetch);
size_t emscripten_fetch_get_response_headers(emscripten_fetch_t *fetch, char *dst, size_t dstSizeBytes);
char **emscripten_fetch_unpack_response_headers(const char *headersString);
void emscripten_fetch_free_unpacked_response_headers(char **unpackedHeaders);

#ifdef __cplusplus
}
#endif
