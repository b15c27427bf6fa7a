/* emscripten/fetch.h over the runtime's fetch (js-templates/lib/emscripten.js).
 * C keeps the request's state; the runtime downloads, asks C for buffers
 * (the response, its headers, the status text) and then reports the end
 * through __wasmcc_fetch_done, which calls onsuccess or onerror. */

#include <emscripten/fetch.h>
#include <stdlib.h>
#include <string.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_fetch")
void __wasmcc_fetch(emscripten_fetch_t *fetch, const char *url, const char *method,
                    const char *body, size_t body_size, const char *const *headers);

/* What C keeps beside the public struct. A fetch closed while its request
 * runs is freed when the request ends, so the runtime never writes to freed
 * memory. */
struct box {
    emscripten_fetch_t fetch;
    char *headers;
    int running;
    int closed;
};

static uint32_t next_id = 1;

void emscripten_fetch_attr_init(emscripten_fetch_attr_t *attr) {
    memset(attr, 0, sizeof *attr);
    strcpy(attr->requestMethod, "GET");
}

emscripten_fetch_t *emscripten_fetch(emscripten_fetch_attr_t *attr, const char *url) {
    struct box *box = calloc(1, sizeof *box);
    char *copy = url ? strdup(url) : NULL;
    if (!box || !copy) {
        free(box);
        free(copy);
        return NULL;
    }
    emscripten_fetch_t *fetch = &box->fetch;
    fetch->id = next_id++;
    fetch->userData = attr->userData;
    fetch->url = copy;
    fetch->__attributes = *attr;
    fetch->readyState = 1; /* opened */
    box->running = 1;
    const char *method = attr->requestMethod[0] ? attr->requestMethod : "GET";
    __wasmcc_fetch(fetch, copy, method, attr->requestData, attr->requestDataSize, attr->requestHeaders);
    return fetch;
}

static void release(struct box *box) {
    free(box->headers);
    free((void *)box->fetch.data);
    free((void *)box->fetch.url);
    free(box);
}

EMSCRIPTEN_RESULT emscripten_fetch_close(emscripten_fetch_t *fetch) {
    if (!fetch)
        return EMSCRIPTEN_RESULT_SUCCESS;
    struct box *box = (struct box *)fetch;
    if (box->running) {
        box->closed = 1;
        return EMSCRIPTEN_RESULT_SUCCESS;
    }
    release(box);
    return EMSCRIPTEN_RESULT_SUCCESS;
}

EMSCRIPTEN_RESULT emscripten_fetch_wait(emscripten_fetch_t *fetch, double timeout) {
    (void)fetch;
    (void)timeout;
    return EMSCRIPTEN_RESULT_NOT_SUPPORTED;
}

__attribute__((export_name("__wasmcc_fetch_buffer")))
char *__wasmcc_fetch_buffer(emscripten_fetch_t *fetch, size_t size) {
    char *data = malloc(size ? size : 1);
    if (!data)
        return NULL;
    fetch->data = data;
    fetch->numBytes = size;
    fetch->totalBytes = size;
    return data;
}

__attribute__((export_name("__wasmcc_fetch_headers_buffer")))
char *__wasmcc_fetch_headers_buffer(emscripten_fetch_t *fetch, size_t size) {
    struct box *box = (struct box *)fetch;
    free(box->headers);
    box->headers = calloc(1, size + 1);
    return box->headers;
}

__attribute__((export_name("__wasmcc_fetch_status_text")))
char *__wasmcc_fetch_status_text(emscripten_fetch_t *fetch) {
    return fetch->statusText;
}

/* The request is over: `ok` says whether the response is a success (a
 * status of 200-299, or a file read). */
__attribute__((export_name("__wasmcc_fetch_done")))
void __wasmcc_fetch_done(emscripten_fetch_t *fetch, int status, int ok) {
    struct box *box = (struct box *)fetch;
    box->running = 0;
    if (box->closed) {
        release(box);
        return;
    }
    fetch->status = (unsigned short)status;
    fetch->readyState = 4; /* done */
    void (*callback)(emscripten_fetch_t *) =
        ok ? fetch->__attributes.onsuccess : fetch->__attributes.onerror;
    if (callback)
        callback(fetch);
}

size_t emscripten_fetch_get_response_headers_length(emscripten_fetch_t *fetch) {
    struct box *box = (struct box *)fetch;
    return box->headers ? strlen(box->headers) : 0;
}

size_t emscripten_fetch_get_response_headers(emscripten_fetch_t *fetch, char *dst, size_t size) {
    struct box *box = (struct box *)fetch;
    const char *text = box->headers ? box->headers : "";
    size_t len = strlen(text);
    if (!dst || size == 0)
        return len + 1;
    size_t n = len < size - 1 ? len : size - 1;
    memcpy(dst, text, n);
    dst[n] = '\0';
    return n + 1;
}

/* "Name: value\r\n" lines into { name, value, ..., NULL }. */
char **emscripten_fetch_unpack_response_headers(const char *text) {
    size_t lines = 0;
    for (const char *p = text; p && *p; p++)
        lines += *p == '\n';
    char **out = calloc(2 * (lines + 1) + 1, sizeof *out);
    if (!out || !text)
        return out;
    size_t n = 0;
    const char *p = text;
    while (*p) {
        const char *end = strchr(p, '\n');
        if (!end)
            end = p + strlen(p);
        const char *colon = memchr(p, ':', (size_t)(end - p));
        if (colon) {
            const char *value = colon + 1;
            while (value < end && *value == ' ')
                value++;
            const char *stop = end;
            while (stop > value && (stop[-1] == '\r' || stop[-1] == ' '))
                stop--;
            out[n++] = strndup(p, (size_t)(colon - p));
            out[n++] = strndup(value, (size_t)(stop - value));
        }
        p = *end ? end + 1 : end;
    }
    return out;
}

void emscripten_fetch_free_unpacked_response_headers(char **headers) {
    if (!headers)
        return;
    for (char **p = headers; *p; p++)
        free(*p);
    free(headers);
}
