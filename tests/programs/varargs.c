/* User-defined variadic functions: summing ints, mixing double / long long /
 * char* / struct pointer arguments, promotion of float and char, va_copy
 * for a second pass, forwarding a va_list to vprintf/vsnprintf, and a
 * sentinel-terminated list. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

struct point { int x, y; };

static int sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static void describe(const char *types, ...) {
    va_list ap, again;
    va_start(ap, types);
    va_copy(again, ap);
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': printf("int %d; ", va_arg(ap, int)); break;
        case 'L': printf("long long %lld; ", va_arg(ap, long long)); break;
        case 'd': printf("double %.3f; ", va_arg(ap, double)); break;
        case 's': printf("string %s; ", va_arg(ap, const char *)); break;
        case 'p': {
            struct point *p = va_arg(ap, struct point *);
            printf("point (%d,%d); ", p->x, p->y);
            break;
        }
        case 'c': printf("char %c; ", va_arg(ap, int)); break;
        }
    }
    va_end(ap);
    int ints = 0;
    for (const char *t = types; *t; t++) {
        if (*t == 'i' || *t == 'c') { va_arg(again, int); ints++; }
        else if (*t == 'L') va_arg(again, long long);
        else if (*t == 'd') va_arg(again, double);
        else va_arg(again, void *);
    }
    va_end(again);
    printf("(%d int-sized)\n", ints);
}

static void log_line(const char *level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("[%s] ", level);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

static char *format(char *buf, size_t n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return buf;
}

static size_t concat_len(const char *first, ...) {
    va_list ap;
    va_start(ap, first);
    size_t total = 0;
    for (const char *s = first; s; s = va_arg(ap, const char *)) total += strlen(s);
    va_end(ap);
    return total;
}

int main(void) {
    printf("sum %d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(6, -1, -2, 100, 4, 5, 6));
    struct point pt = {3, -4};
    float f = 2.5f;
    char ch = 'Z';
    short sh = -7;
    describe("iLdspci", 42, -1234567890123LL, 3.14159, "text", &pt, ch, sh);
    describe("dddd", (double)f, 1e10, -0.001, 1.0 / 3);
    describe("");
    log_line("info", "%d items, %s, %.2f%%", 5, "all good", 99.5);
    log_line("warn", "%-6s|%6s|%lld", "left", "right", 1LL << 40);
    char buf[32];
    printf("format: %s\n", format(buf, sizeof buf, "%08.3f/%x/%c", -3.5, 48879, 'k'));
    printf("truncated: %s\n", format(buf, 8, "%s", "abcdefghijklmnop"));
    printf("concat_len %zu %zu\n", concat_len("ab", "cde", "", "fghi", (char *)NULL),
           concat_len("solo", (char *)NULL));
    return 0;
}
