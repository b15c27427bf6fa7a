/* Reads numbers from stdin with scanf: integers and doubles mixed with a
 * header line, until a non-number stops the scan; then reads the rest of the
 * stream with fgets. Prints count, sum, min, max and mean. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char title[64];
    if (!fgets(title, sizeof title, stdin)) return 1;
    title[strcspn(title, "\n")] = '\0';
    int expected;
    if (scanf("%d", &expected) != 1) return 2;
    double sum = 0, min = 0, max = 0, x;
    int count = 0;
    while (count < expected && scanf("%lf", &x) == 1) {
        if (count == 0 || x < min) min = x;
        if (count == 0 || x > max) max = x;
        sum += x;
        count++;
    }
    printf("%s: %d of %d numbers, sum %.4f min %g max %g mean %.6f\n", title, count, expected,
           sum, min, max, count ? sum / count : 0.0);
    long long big;
    unsigned hex;
    char word[32];
    int got = scanf("%lld %x %31s", &big, &hex, word);
    printf("then %d fields: %lld %u %s\n", got, big, hex, word);
    int stop;
    got = scanf("%d", &stop);
    printf("scan of non-number returned %d\n", got);
    char rest[128];
    int n = 0;
    while (fgets(rest, sizeof rest, stdin)) {
        rest[strcspn(rest, "\n")] = '\0';
        printf("rest %d: [%s]\n", ++n, rest);
    }
    printf("eof reached: %d\n", feof(stdin) != 0);
    return 0;
}
