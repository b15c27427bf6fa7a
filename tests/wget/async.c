/* emscripten/wget.h's asynchronous forms, one after the other: each
 * callback starts the next step, so the output has one order. argv[1] is
 * the URL to fetch. */
#include <emscripten.h>
#include <emscripten/wget.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *url;
static int step;
static void next(void *unused);

static void print_file(const char *what, const char *file) {
    char text[128] = {0};
    FILE *f = fopen(file, "rb");
    if (!f) {
        printf("%s: cannot open %s\n", what, file);
        return;
    }
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    printf("%s %s %zu: %s", what, file, n, text);
}

static void data_ok(void *arg, void *buffer, int size) {
    printf("data %s %d: %.*s", (const char *)arg, size, size, (const char *)buffer);
    next(0);
}
static void data_error(void *arg) {
    printf("data error %s\n", (const char *)arg);
    next(0);
}
static void file_ok(const char *file) {
    print_file("file", file);
    next(0);
}
static void file_error(const char *file) {
    printf("file error %s\n", file);
    next(0);
}
static void wget2_ok(unsigned handle, void *arg, const char *file) {
    printf("wget2 handle %d arg %s\n", handle != 0, (const char *)arg);
    print_file("wget2", file);
    next(0);
}
static void wget2_error(unsigned handle, void *arg, int status) {
    printf("wget2 error handle %d arg %s status not 200 %d\n", handle != 0, (const char *)arg,
           status != 200);
    next(0);
}
static void wget2_progress(unsigned handle, void *arg, int percent) {
    printf("wget2 progress %d\n", percent);
}
static void wget2_data_ok(unsigned handle, void *arg, void *buffer, unsigned size) {
    printf("wget2_data %s %u: %.*s", (const char *)arg, size, (int)size, (const char *)buffer);
    free(buffer); /* free=0: the buffer is the program's */
    next(0);
}
static void wget2_data_error(unsigned handle, void *arg, int status, const char *text) {
    printf("wget2_data error %s text %d\n", (const char *)arg, text != NULL);
    next(0);
}
static void wget2_data_progress(unsigned handle, void *arg, int loaded, int total) {
    printf("wget2_data progress %d\n", loaded == total);
}
static void aborted(unsigned handle, void *arg, void *buffer, unsigned size) {
    puts("aborted request called onload");
}
static void aborted_error(unsigned handle, void *arg, int status, const char *text) {
    puts("aborted request called onerror");
}

static void next(void *unused) {
    switch (step++) {
    case 0:
        emscripten_async_wget_data(url, "A", data_ok, data_error);
        break;
    case 1:
        emscripten_async_wget(url, "copy.txt", file_ok, file_error);
        break;
    case 2:
        emscripten_async_wget2(url, "copy2.txt", "GET", "", "B", wget2_ok, wget2_error,
                               wget2_progress);
        break;
    case 3:
        emscripten_async_wget2_data(url, "GET", "", "C", 0, wget2_data_ok, wget2_data_error,
                                    wget2_data_progress);
        break;
    case 4: {
        int handle = emscripten_async_wget2_data(url, "GET", "", "D", 1, aborted, aborted_error, 0);
        emscripten_async_wget2_abort(handle);
        /* Long enough for the request to have ended. */
        emscripten_async_call(next, 0, 300);
        break;
    }
    default:
        puts("end");
    }
}

int main(int argc, char **argv) {
    url = argv[1];
    next(0);
    puts("main returns");
    return 0;
}
