/* A word counter over stdin, like wc: lines, words, bytes, the longest line,
 * and a letter histogram. Reads with getchar() until EOF. */
#include <stdio.h>
#include <ctype.h>

int main(void) {
    long lines = 0, words = 0, bytes = 0, longest = 0, cur = 0;
    long letters[26] = {0};
    int in_word = 0, c;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') {
            lines++;
            if (cur > longest) longest = cur;
            cur = 0;
        } else {
            cur++;
        }
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
        if (isalpha(c)) letters[tolower(c) - 'a']++;
    }
    if (cur > longest) longest = cur;
    printf("%ld lines, %ld words, %ld bytes, longest line %ld\n", lines, words, bytes, longest);
    for (int i = 0; i < 26; i++)
        if (letters[i]) printf("%c:%ld ", 'a' + i, letters[i]);
    printf("\n");
    printf("feof %d ferror %d\n", feof(stdin) != 0, ferror(stdin) != 0);
    return 0;
}
