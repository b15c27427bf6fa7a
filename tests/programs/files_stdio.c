/* File I/O through <stdio.h> in the current directory: create, write text
 * and binary data, read back, fseek/ftell/rewind, append mode, "r+"
 * updates, ungetc, feof, fgets/fscanf, rename and remove, and opening a
 * missing file failing with ENOENT. The program starts in an empty folder. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>

int main(void) {
    FILE *f = fopen("notes.txt", "w");
    if (!f) { printf("cannot create\n"); return 1; }
    fprintf(f, "line one\nline %d\n", 2);
    fputs("third line\n", f);
    printf("ftell after writing %ld\n", ftell(f));
    fclose(f);

    f = fopen("notes.txt", "r");
    char line[64];
    int n = 0;
    while (fgets(line, sizeof line, f)) printf("read %d: %s", ++n, line);
    printf("feof %d\n", feof(f) != 0);
    rewind(f);
    int c = fgetc(f);
    ungetc('L', f);
    fgets(line, sizeof line, f);
    printf("first char %c, after ungetc: %s", c, line);
    fseek(f, -11, SEEK_END);
    fgets(line, sizeof line, f);
    printf("from end: %s", line);
    fseek(f, 5, SEEK_SET);
    fseek(f, 3, SEEK_CUR);
    long where = ftell(f);
    printf("position %ld next char %d\n", where, fgetc(f));
    fclose(f);

    f = fopen("notes.txt", "a");
    fprintf(f, "appended %s\n", "line");
    fclose(f);
    f = fopen("notes.txt", "r+");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    fputs("LINE", f);
    fseek(f, 0, SEEK_SET);
    size_t got = fread(line, 1, 20, f);
    line[got] = '\0';
    printf("size %ld, after r+ overwrite: [%s]\n", size, line);
    fclose(f);

    uint32_t values[1000];
    for (int i = 0; i < 1000; i++) values[i] = (uint32_t)i * 2654435761u;
    f = fopen("data.bin", "wb");
    size_t wrote = fwrite(values, sizeof values[0], 1000, f);
    fclose(f);
    uint32_t back[1000];
    memset(back, 0, sizeof back);
    f = fopen("data.bin", "rb");
    fseek(f, 0, SEEK_END);
    printf("binary: wrote %zu items, file size %ld\n", wrote, ftell(f));
    fseek(f, 400 * 4, SEEK_SET);
    fread(back, 4, 1, f);
    printf("item 400 = %u (expected %u)\n", back[0], values[400]);
    rewind(f);
    size_t rd = fread(back, sizeof back[0], 2000, f);
    printf("read %zu items, equal %d, eof %d\n", rd, memcmp(values, back, sizeof back) == 0,
           feof(f) != 0);
    fclose(f);

    f = fopen("nums.txt", "w+");
    for (int i = 1; i <= 5; i++) fprintf(f, "%d %.2f\n", i * i, i / 4.0);
    rewind(f);
    int a;
    double d, total = 0;
    while (fscanf(f, "%d %lf", &a, &d) == 2) total += a * d;
    printf("fscanf total %.4f\n", total);
    fclose(f);

    printf("rename %d\n", rename("notes.txt", "renamed.txt"));
    errno = 0;
    f = fopen("notes.txt", "r");
    printf("old name opens: %s, errno ENOENT %d\n", f ? "yes" : "no", errno == ENOENT);
    f = fopen("renamed.txt", "r");
    fgets(line, sizeof line, f);
    printf("new name first line: %s", line);
    fclose(f);
    int r1 = remove("renamed.txt");
    int r2 = remove("data.bin");
    printf("remove %d %d %d\n", r1, r2, remove("nums.txt"));
    printf("remove again fails %d\n", remove("renamed.txt") != 0);
    errno = 0;
    f = fopen("missing/dir/file.txt", "w");
    printf("create in missing dir: %s ENOENT %d\n", f ? "yes" : "no", errno == ENOENT);
    return 0;
}
