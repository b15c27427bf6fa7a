/* emscripten/wget.h over emscripten_fetch (fetch.c), which downloads in the
 * runtime (a file of the host in Node). The synchronous forms wait with
 * __wasmcc_wget_sleep, a sleeping import that exists only with -sASYNCIFY:
 * without it, driver/asyncify.rs refuses the link naming emscripten_wget. */

#include <emscripten/fetch.h>
#include <emscripten/wget.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

JS("__wasmcc_wget_sleep")
void __wasmcc_wget_sleep(unsigned ms);

/* One request's callbacks; the fetch's userData. */
struct request {
    struct request *next; /* the list of running requests with a handle */
    unsigned handle;
    int kind;
    void *arg;
    char *file;
    int free_data;
    void (*onload)(void);
    void (*onerror)(void);
    void (*onprogress)(void);
    emscripten_fetch_t *fetch;
    /* The synchronous forms: set when the request is over. */
    int done, ok;
    void *data;
    int size;
};

enum { DATA, FILE_, WGET2, WGET2_DATA, SYNC };

static struct request *running;
static unsigned next_handle = 1;

static void unlink_request(struct request *r) {
    for (struct request **p = &running; *p; p = &(*p)->next) {
        if (*p == r) {
            *p = r->next;
            return;
        }
    }
}

static void finish(struct request *r) {
    unlink_request(r);
    emscripten_fetch_close(r->fetch);
    if (r->kind != SYNC) {
        free(r->file);
        free(r);
    }
}

static int write_file(const char *file, const char *data, size_t size) {
    FILE *f = fopen(file, "wb");
    if (!f)
        return 0;
    int ok = fwrite(data, 1, size, f) == size;
    return fclose(f) == 0 && ok;
}

static void on_error(emscripten_fetch_t *fetch);

static void on_success(emscripten_fetch_t *fetch) {
    struct request *r = fetch->userData;
    const char *data = fetch->data;
    int size = (int)fetch->numBytes;
    switch (r->kind) {
    case DATA:
        ((em_async_wget_onload_func)r->onload)(r->arg, (void *)data, size);
        break;
    case FILE_:
        if (!write_file(r->file, data, (size_t)size))
        {
            on_error(fetch);
            return;
        }
        if (r->onload)
            ((void (*)(const char *))r->onload)(r->file);
        break;
    case WGET2:
        if (!write_file(r->file, data, (size_t)size))
        {
            on_error(fetch);
            return;
        }
        if (r->onprogress)
            ((em_async_wget2_onstatus_func)r->onprogress)(r->handle, r->arg, 100);
        if (r->onload)
            ((em_async_wget2_onload_func)r->onload)(r->handle, r->arg, r->file);
        break;
    case WGET2_DATA: {
        if (r->onprogress)
            ((em_async_wget2_data_onprogress_func)r->onprogress)(r->handle, r->arg, size, size);
        /* The fetch's buffer is taken over, so that the program may keep it. */
        void *buffer = (void *)fetch->data;
        fetch->data = NULL;
        if (r->onload)
            ((em_async_wget2_data_onload_func)r->onload)(r->handle, r->arg, buffer, (unsigned)size);
        if (r->free_data || !r->onload)
            free(buffer);
        break;
    }
    case SYNC:
        r->data = (void *)fetch->data;
        fetch->data = NULL;
        r->size = size;
        r->ok = 1;
        r->done = 1;
        break;
    }
    finish(r);
}

static void on_error(emscripten_fetch_t *fetch) {
    struct request *r = fetch->userData;
    switch (r->kind) {
    case DATA:
        if (r->onerror)
            ((void (*)(void *))r->onerror)(r->arg);
        break;
    case FILE_:
        if (r->onerror)
            ((void (*)(const char *))r->onerror)(r->file);
        break;
    case WGET2:
        if (r->onerror)
            ((em_async_wget2_onstatus_func)r->onerror)(r->handle, r->arg, fetch->status);
        break;
    case WGET2_DATA:
        if (r->onerror)
            ((em_async_wget2_data_onerror_func)r->onerror)(r->handle, r->arg, fetch->status,
                                                          fetch->statusText);
        break;
    case SYNC:
        r->ok = 0;
        r->done = 1;
        break;
    }
    finish(r);
}

static struct request *start(struct request *r, const char *url, const char *method,
                             const char *body) {
    emscripten_fetch_attr_t attr;
    emscripten_fetch_attr_init(&attr);
    if (method && *method && strlen(method) < sizeof attr.requestMethod)
        strcpy(attr.requestMethod, method);
    if (body) {
        attr.requestData = body;
        attr.requestDataSize = strlen(body);
    }
    attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
    attr.onsuccess = on_success;
    attr.onerror = on_error;
    attr.userData = r;
    if (r->handle) {
        r->next = running;
        running = r;
    }
    r->fetch = emscripten_fetch(&attr, url);
    return r;
}

typedef void (*any_func)(void);

static struct request *new_request(int kind, void *arg, const char *file, any_func onload,
                                   any_func onerror, any_func onprogress) {
    struct request *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->kind = kind;
    r->arg = arg;
    r->onload = onload;
    r->onerror = onerror;
    r->onprogress = onprogress;
    if (file && !(r->file = strdup(file))) {
        free(r);
        return NULL;
    }
    return r;
}

/* The wget2 forms: a handle, and `param` as the body of a POST. */
static int start_with_handle(struct request *r, const char *url, const char *requesttype,
                             const char *param) {
    if (!r)
        return 0;
    r->handle = next_handle++;
    int is_post = requesttype && strcmp(requesttype, "POST") == 0;
    return (int)start(r, url, requesttype, is_post ? param : NULL)->handle;
}

void emscripten_async_wget_data(const char *url, void *arg, em_async_wget_onload_func onload,
                                void (*onerror)(void *)) {
    struct request *r = new_request(DATA, arg, NULL, (any_func)onload, (any_func)onerror, NULL);
    if (r)
        start(r, url, "GET", NULL);
    else if (onerror)
        onerror(arg);
}

void emscripten_async_wget(const char *url, const char *file, void (*onload)(const char *),
                           void (*onerror)(const char *)) {
    struct request *r = new_request(FILE_, NULL, file, (any_func)onload, (any_func)onerror, NULL);
    if (r)
        start(r, url, "GET", NULL);
    else if (onerror)
        onerror(file);
}

int emscripten_async_wget2(const char *url, const char *file, const char *requesttype,
                           const char *param, void *arg, em_async_wget2_onload_func onload,
                           em_async_wget2_onstatus_func onerror,
                           em_async_wget2_onstatus_func onprogress) {
    return start_with_handle(new_request(WGET2, arg, file, (any_func)onload, (any_func)onerror,
                                         (any_func)onprogress),
                             url, requesttype, param);
}

int emscripten_async_wget2_data(const char *url, const char *requesttype, const char *param,
                                void *arg, int free_data, em_async_wget2_data_onload_func onload,
                                em_async_wget2_data_onerror_func onerror,
                                em_async_wget2_data_onprogress_func onprogress) {
    struct request *r = new_request(WGET2_DATA, arg, NULL, (any_func)onload, (any_func)onerror,
                                    (any_func)onprogress);
    if (r)
        r->free_data = free_data;
    return start_with_handle(r, url, requesttype, param);
}

void emscripten_async_wget2_abort(int handle) {
    for (struct request *r = running; r; r = r->next) {
        if (r->handle == (unsigned)handle) {
            /* A fetch closed while it runs calls nothing and is freed at its end. */
            finish(r);
            return;
        }
    }
}

/* Sleeps (the program's stack saved by Asyncify) until the request is over. */
static int fetch_and_wait(const char *url, void **data, int *size) {
    struct request r = {.kind = SYNC};
    start(&r, url, "GET", NULL);
    while (!r.done)
        __wasmcc_wget_sleep(1);
    *data = r.data;
    *size = r.size;
    return r.ok;
}

int emscripten_wget(const char *url, const char *file) {
    void *data;
    int size;
    if (!fetch_and_wait(url, &data, &size))
        return 1;
    int ok = write_file(file, data, (size_t)size);
    free(data);
    return ok ? 0 : 1;
}

void emscripten_wget_data(const char *url, void **pbuffer, int *pnum, int *perror) {
    void *data = NULL;
    int size = 0;
    int ok = fetch_and_wait(url, &data, &size);
    if (!ok) {
        free(data);
        data = NULL;
        size = 0;
    }
    if (pbuffer)
        *pbuffer = data;
    else
        free(data);
    if (pnum)
        *pnum = size;
    if (perror)
        *perror = !ok;
}
