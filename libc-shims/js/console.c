/* emscripten_log and emscripten/console.h. Text for the program's stdout
 * and stderr goes through C's streams, so it comes out in order with
 * printf's; console text goes to the JS console through the runtime. */

#include <emscripten/console.h>
#include <emscripten/emscripten.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JS(name) __attribute__((import_module("env"), import_name(name)))

/* level: 0 log, 1 warn, 2 error, 3 trace, 4 info, 5 debug. */
JS("__wasmcc_console") void __wasmcc_console(int level, const char *text);
/* Writes the call stack, one frame a line, into buf (at most size bytes
 * with the NUL); returns its length. */
JS("__wasmcc_js_stack") int __wasmcc_js_stack(char *buf, int size);

static char *js_stack(void) {
    int len = __wasmcc_js_stack(NULL, 0);
    char *stack = malloc((size_t)len + 1);
    if (stack)
        __wasmcc_js_stack(stack, len + 1);
    return stack;
}

/* vsnprintf into a malloc'ed string; NULL when out of memory. */
static char *format(const char *fmt, va_list ap) {
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *text = n < 0 ? NULL : malloc((size_t)n + 1);
    if (text)
        vsnprintf(text, (size_t)n + 1, fmt, again);
    va_end(again);
    return text;
}

static void line(FILE *stream, const char *text) {
    /* The other stream first, so that what the program printed before comes out before. */
    fflush(stream == stdout ? stderr : stdout);
    /* The text and its newline in one write to an unbuffered stderr: the
     * console's own lines (a worker's go through the main thread, later)
     * then land between lines, never inside one. */
    size_t n = strlen(text);
    char *whole = malloc(n + 1);
    if (whole) {
        memcpy(whole, text, n);
        whole[n] = '\n';
        fwrite(whole, 1, n + 1, stream);
        free(whole);
    } else {
        fputs(text, stream);
        fputc('\n', stream);
    }
    fflush(stream);
}

void emscripten_console_log(const char *s) { __wasmcc_console(0, s); }
void emscripten_console_warn(const char *s) { __wasmcc_console(1, s); }
void emscripten_console_error(const char *s) { __wasmcc_console(2, s); }
void emscripten_console_trace(const char *s) { __wasmcc_console(3, s); }
void emscripten_out(const char *s) { line(stdout, s); }
void emscripten_err(const char *s) { line(stderr, s); }
void emscripten_dbg(const char *s) { line(stderr, s); }

#define FORMATTED(name, plain)                                                 \
    void name(const char *fmt, ...) {                                         \
        va_list ap;                                                           \
        va_start(ap, fmt);                                                    \
        char *text = format(fmt, ap);                                         \
        va_end(ap);                                                           \
        if (text)                                                             \
            plain(text);                                                      \
        free(text);                                                           \
    }

FORMATTED(emscripten_console_logf, emscripten_console_log)
FORMATTED(emscripten_console_warnf, emscripten_console_warn)
FORMATTED(emscripten_console_errorf, emscripten_console_error)
FORMATTED(emscripten_console_tracef, emscripten_console_trace)
FORMATTED(emscripten_outf, emscripten_out)
FORMATTED(emscripten_errf, emscripten_err)
FORMATTED(emscripten_dbgf, emscripten_dbg)

void emscripten_log(int flags, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *text = format(fmt, ap);
    va_end(ap);
    if (!text)
        return;
    if (flags & (EM_LOG_C_STACK | EM_LOG_JS_STACK)) {
        char *stack = js_stack();
        size_t len = 0;
        while (text[len])
            len++;
        /* The message without its trailing newlines, then the stack on the lines below. */
        while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == ' '))
            text[--len] = 0;
        char *both = stack ? malloc(len + 1 + __builtin_strlen(stack) + 1) : NULL;
        if (both) {
            __builtin_memcpy(both, text, len);
            both[len] = '\n';
            __builtin_strcpy(both + len + 1, stack);
            free(text);
            text = both;
        }
        free(stack);
    }
    if (flags & EM_LOG_CONSOLE) {
        int level = flags & EM_LOG_ERROR  ? 2
                    : flags & EM_LOG_WARN ? 1
                    : flags & EM_LOG_INFO ? 4
                    : flags & EM_LOG_DEBUG ? 5
                                           : 0;
        __wasmcc_console(level, text);
    } else {
        line(flags & (EM_LOG_ERROR | EM_LOG_WARN) ? stderr : stdout, text);
    }
    free(text);
}
