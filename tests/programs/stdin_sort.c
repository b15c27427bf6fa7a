/* Sorts the lines of stdin like sort(1) in the C locale, read with fgets
 * into a growing array (lines longer than the buffer are joined), then
 * prints them with their numbers, removes duplicates, and reports counts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_line(FILE *f) {
    char chunk[16];
    char *line = NULL;
    size_t len = 0;
    while (fgets(chunk, sizeof chunk, f)) {
        size_t n = strlen(chunk);
        line = realloc(line, len + n + 1);
        memcpy(line + len, chunk, n + 1);
        len += n;
        if (len && line[len - 1] == '\n') {
            line[len - 1] = '\0';
            return line;
        }
    }
    return line;
}

int main(void) {
    char **lines = NULL;
    size_t n = 0, cap = 0;
    char *line;
    while ((line = read_line(stdin)) != NULL) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            lines = realloc(lines, cap * sizeof *lines);
        }
        lines[n++] = line;
    }
    qsort(lines, n, sizeof *lines, cmp);
    size_t unique = 0;
    for (size_t i = 0; i < n; i++) {
        printf("%3zu: %s\n", i + 1, lines[i]);
        if (i == 0 || strcmp(lines[i], lines[i - 1]) != 0) unique++;
    }
    printf("%zu lines, %zu unique\n", n, unique);
    for (size_t i = 0; i < n; i++) free(lines[i]);
    free(lines);
    return 0;
}
