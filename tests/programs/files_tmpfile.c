/* tmpfile(): an anonymous read-write binary stream that a program can
 * write, rewind and read back, commonly used for scratch data. */
#include <stdio.h>
#include <string.h>

int main(void) {
    FILE *t = tmpfile();
    if (!t) { printf("tmpfile failed\n"); return 1; }
    for (int i = 0; i < 100; i++) fprintf(t, "record %03d\n", i);
    long size = ftell(t);
    rewind(t);
    char line[32];
    int count = 0;
    while (fgets(line, sizeof line, t)) count++;
    fseek(t, 11 * 42, SEEK_SET);
    fgets(line, sizeof line, t);
    printf("size %ld, %d records, record at 42: %s", size, count, line);
    fclose(t);
    return 0;
}
