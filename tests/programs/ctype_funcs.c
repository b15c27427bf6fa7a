/* <ctype.h> in the C locale over every value from -1 (EOF) to 255: the
 * classification functions and toupper/tolower. Prints one class string per
 * ASCII character and counts for the whole range. */
#include <stdio.h>
#include <ctype.h>
#include <locale.h>

int main(void) {
    const char *loc = setlocale(LC_ALL, "C");
    printf("locale %s\n", loc ? loc : "(null)");
    int counts[12] = {0};
    for (int c = -1; c < 256; c++) {
        int r[12] = {isalnum(c), isalpha(c), isblank(c), iscntrl(c), isdigit(c), isgraph(c),
                     islower(c), isprint(c), ispunct(c), isspace(c), isupper(c), isxdigit(c)};
        char cls[13];
        for (int i = 0; i < 12; i++) {
            cls[i] = r[i] ? "anbcdglpPsux"[i] : '.';
            counts[i] += r[i] != 0;
        }
        cls[12] = '\0';
        if (c >= 0 && c < 128 && (c % 8 == 0 || isgraph(c)))
            printf("%3d %c %s up %c low %c\n", c, isprint(c) ? c : '?', cls,
                   isprint(toupper(c)) ? toupper(c) : '?', isprint(tolower(c)) ? tolower(c) : '?');
    }
    const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                           "lower", "print", "punct", "space", "upper", "xdigit"};
    for (int i = 0; i < 12; i++) printf("%s %d\n", names[i], counts[i]);
    printf("toupper(EOF) %d tolower(200) %d toupper(0xe9) %d\n", toupper(EOF), tolower(200),
           toupper(0xe9));
    return 0;
}
