/* emscripten_wget_data and emscripten_wget return when the download is over
 * (with -sASYNCIFY). argv[1] exists, argv[2] does not. */
#include <emscripten/wget.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    void *buffer = (void *)1;
    int size = -1, error = -1;
    emscripten_wget_data(argv[1], &buffer, &size, &error);
    printf("data error %d size %d: %.*s", error, size, size, (const char *)buffer);
    free(buffer);
    emscripten_wget_data(argv[2], &buffer, &size, &error);
    printf("missing error %d size %d null %d\n", error, size, buffer == NULL);
    printf("wget %d\n", emscripten_wget(argv[1], "copy.txt"));
    char text[64] = {0};
    FILE *f = fopen("copy.txt", "rb");
    size_t n = f ? fread(text, 1, sizeof text - 1, f) : 0;
    if (f)
        fclose(f);
    printf("copy %zu: %s", n, text);
    printf("wget missing %d\n", emscripten_wget(argv[2], "copy2.txt"));
    printf("copy2 exists %d\n", fopen("copy2.txt", "rb") != NULL);
    return 0;
}
