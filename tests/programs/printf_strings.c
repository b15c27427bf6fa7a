/* printf of strings and characters: %s with widths and precisions (the
 * precision may cut a string that is not NUL-terminated), %c, %%, %n, and
 * puts/fputs/putchar/fputc mixed with printf on the same stream. */
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *words[] = {"", "a", "hello", "wasm and node", "exactly10!"};
    for (int i = 0; i < 5; i++)
        printf("[%s] [%12s] [%-12s] [%.3s] [%8.2s] [%-8.4s]\n", words[i], words[i], words[i],
               words[i], words[i], words[i]);
    char raw[4] = {'a', 'b', 'c', 'd'};
    printf("no terminator: [%.4s] [%.2s]\n", raw, raw);
    printf("star: [%*s] [%-*s] [%.*s]\n", 7, "r", 7, "l", 3, "truncate");
    printf("chars: [%c] [%3c] [%-3c] [%c%c%c]\n", 'x', 'y', 'z', 'a', 66, 0x43);
    printf("percent: [%%] 100%%\n");
    int n1 = 0, n2 = 0;
    printf("count%n these%n\n", &n1, &n2);
    printf("n1=%d n2=%d\n", n1, n2);
    puts("puts adds a newline");
    fputs("fputs does not", stdout);
    putchar('\n');
    fputc('[', stdout);
    for (char c = 'a'; c <= 'z'; c++) putc(c, stdout);
    fputc(']', stdout);
    fputc('\n', stdout);
    char big[600];
    memset(big, 'w', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    int len = printf("%s\n", big);
    printf("long line printed %d bytes\n", len);
    printf("%s|%s|%s\n", "tab\there", "quote\"s", "back\\slash");
    printf("\n");
    return 0;
}
