/* Command-line arguments reach main: argc, each argv[i] with its length
 * (arguments with spaces, an empty one, punctuation and UTF-8), and
 * argv[argc] is NULL. argv[0] is the program's path, which differs between
 * builds, so only its presence is checked. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    printf("argc = %d\n", argc);
    printf("argv[0] present: %d\n", argv[0] != NULL && argv[0][0] != '\0');
    for (int i = 1; i < argc; i++) {
        printf("argv[%d] = [%s] (%zu bytes)", i, argv[i], strlen(argv[i]));
        printf(" hex:");
        for (const unsigned char *p = (const unsigned char *)argv[i]; *p; p++) printf(" %02x", *p);
        printf("\n");
    }
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    long total = 0;
    for (int i = 1; i < argc; i++) {
        int n;
        if (sscanf(argv[i], "%d", &n) == 1) total += n;
    }
    printf("sum of numeric arguments %ld\n", total);
    return 0;
}
