/* snprintf and vsnprintf return the length the full output would have,
 * whatever the buffer size; they always NUL-terminate when size > 0 and
 * write nothing when size == 0. sprintf returns the bytes written. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int fmt(char *buf, size_t n, const char *f, ...) {
    va_list ap;
    va_start(ap, f);
    int r = vsnprintf(buf, n, f, ap);
    va_end(ap);
    return r;
}

int main(void) {
    char buf[16];
    for (size_t size = 0; size <= 12; size += 3) {
        memset(buf, '#', sizeof buf);
        int r = snprintf(buf, size, "%s-%d", "value", 123456);
        buf[15] = '\0';
        printf("size %2zu -> ret %d, buf \"%s\"\n", size, r, buf);
    }
    printf("NULL buffer: %d\n", snprintf(NULL, 0, "%d %s %f", 42, "abc", 1.5));
    printf("empty format: %d\n", snprintf(buf, sizeof buf, "%s", ""));
    memset(buf, '#', sizeof buf);
    int r = fmt(buf, 5, "%x%x", 0xdead, 0xbeef);
    printf("vsnprintf: ret %d, buf \"%s\"\n", r, buf);
    char out[64];
    int w = sprintf(out, "%05d|%-5s|%c", 42, "ab", 'z');
    printf("sprintf: %d \"%s\" strlen %zu\n", w, out, strlen(out));
    char *p = out;
    p += sprintf(p, "a=%d,", 1);
    p += sprintf(p, "b=%d,", 22);
    p += sprintf(p, "c=%d", 333);
    printf("appended: \"%s\" (%d)\n", out, (int)(p - out));
    char tiny[1];
    r = snprintf(tiny, 1, "anything");
    printf("size 1: ret %d, first byte %d\n", r, tiny[0]);
    char huge[2000];
    r = snprintf(huge, sizeof huge, "%1500d", 7);
    printf("wide field: ret %d strlen %zu last '%c'\n", r, strlen(huge), huge[1499]);
    r = snprintf(buf, sizeof buf, "%.3f|%e", 2.0 / 3.0, 12345.0);
    printf("floats truncated: ret %d buf \"%s\"\n", r, buf);
    return 0;
}
