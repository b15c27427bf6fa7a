/* The <string.h> functions a program uses every day: lengths, copies,
 * concatenation, comparisons (sign only), searches, tokenising, and the
 * mem* family including overlapping memmove. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static int sign(int v) { return (v > 0) - (v < 0); }

int main(void) {
    char buf[64];
    const char *hello = "hello, world";
    printf("strlen %zu %zu\n", strlen(hello), strlen(""));
    strcpy(buf, "abc");
    strcat(buf, "def");
    strncat(buf, "ghijkl", 3);
    printf("strcpy/strcat/strncat: %s (%zu)\n", buf, strlen(buf));
    memset(buf, 'X', sizeof buf);
    strncpy(buf, "hi", 5);
    printf("strncpy pads: %d %d %d %d %d '%c'\n", buf[0], buf[1], buf[2], buf[3], buf[4], buf[5]);
    strncpy(buf, "truncated", 4);
    buf[4] = '\0';
    printf("strncpy truncates: %s\n", buf);

    const char *cmp[][2] = {{"abc", "abd"}, {"abc", "abc"}, {"b", "abc"}, {"", "a"},
                            {"abc", "ab"}, {"\xff", "a"}};
    for (int i = 0; i < 6; i++)
        printf("strcmp(\"%s\",\"%s\") sign %d, strncmp 2 sign %d\n", cmp[i][0], cmp[i][1],
               sign(strcmp(cmp[i][0], cmp[i][1])), sign(strncmp(cmp[i][0], cmp[i][1], 2)));

    printf("strchr: %s | strrchr: %s | strchr NUL at %td\n", strchr(hello, 'o'),
           strrchr(hello, 'o'), strchr(hello, '\0') - hello);
    printf("strchr miss: %s\n", strchr(hello, 'z') ? "found" : "NULL");
    printf("strstr: %s | %s | empty needle at %td\n", strstr(hello, "wor"),
           strstr(hello, "xyz") ? "found" : "NULL", strstr(hello, "") - hello);
    printf("strspn %zu strcspn %zu strpbrk %s\n", strspn("123abc", "0123456789"),
           strcspn("hello world", " ,"), strpbrk(hello, ",w"));

    char line[] = "  alpha, beta;;gamma ,delta  ";
    int count = 0;
    for (char *tok = strtok(line, " ,;"); tok; tok = strtok(NULL, " ,;"))
        printf("token %d: '%s'\n", ++count, tok);

    unsigned char mem[16];
    for (int i = 0; i < 16; i++) mem[i] = (unsigned char)i;
    memmove(mem + 4, mem, 8);
    printf("memmove forward:");
    for (int i = 0; i < 16; i++) printf(" %d", mem[i]);
    printf("\n");
    memmove(mem, mem + 6, 10);
    printf("memmove backward:");
    for (int i = 0; i < 16; i++) printf(" %d", mem[i]);
    printf("\n");
    unsigned char a[4] = {1, 2, 3, 200}, b[4] = {1, 2, 3, 4};
    printf("memcmp sign %d %d %d\n", sign(memcmp(a, b, 4)), sign(memcmp(a, b, 3)),
           sign(memcmp(b, a, 4)));
    const char *found = memchr(hello, 'w', strlen(hello));
    printf("memchr at %td, miss %s\n", found - hello, memchr(hello, 'q', 12) ? "found" : "NULL");
    char *dup = strdup(hello);
    dup[0] = 'H';
    char *ndup = strndup(hello, 5);
    printf("strdup %s / original %s / strndup %s (%zu)\n", dup, hello, ndup, strlen(ndup));
    free(dup);
    free(ndup);
    static char bigsrc[100000], bigdst[100000];
    for (int i = 0; i < 100000; i++) bigsrc[i] = (char)(i * 7 + i / 256);
    memcpy(bigdst, bigsrc, sizeof bigsrc);
    unsigned sum = 0;
    for (int i = 0; i < 100000; i++) sum = sum * 31 + (unsigned char)bigdst[i];
    printf("big memcpy checksum %u equal %d\n", sum, memcmp(bigsrc, bigdst, sizeof bigsrc) == 0);
    return 0;
}
