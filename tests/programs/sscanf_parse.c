/* Parsing with sscanf: %d %i %u %x %o %s %c %[...] %[^...] %n, widths,
 * assignment suppression with *, literal matching, floats %f %e %g %lf,
 * long long, return counts on partial matches and EOF on empty input. */
#include <stdio.h>
#include <string.h>

int main(void) {
    int a = 0, b = 0, c = 0, n = 0;
    int r = sscanf("10 -20 +30", "%d %d %d%n", &a, &b, &c, &n);
    printf("r=%d a=%d b=%d c=%d n=%d\n", r, a, b, c, n);
    r = sscanf("0x1A 012 99", "%i %i %i", &a, &b, &c);
    printf("%%i: r=%d %d %d %d\n", r, a, b, c);
    unsigned u = 0, x = 0, o = 0;
    r = sscanf("4000000000 ff 777", "%u %x %o", &u, &x, &o);
    printf("r=%d u=%u x=%u o=%u\n", r, u, x, o);
    char word[16], rest[32];
    r = sscanf("  hello   world and more", "%15s %31[^\n]", word, rest);
    printf("r=%d word=[%s] rest=[%s]\n", r, word, rest);
    char ch1, ch2, ch3;
    r = sscanf("a b", "%c%c%c", &ch1, &ch2, &ch3);
    printf("%%c keeps spaces: r=%d [%c][%c][%c]\n", r, ch1, ch2, ch3);
    char key[16], val[16];
    r = sscanf("name=value;other", "%15[^=]=%15[^;]", key, val);
    printf("kv: r=%d key=[%s] val=[%s]\n", r, key, val);
    char digits[8];
    r = sscanf("12345abc", "%3[0-9]", digits);
    printf("width on set: r=%d [%s]\n", r, digits);
    int year, month, day;
    r = sscanf("2024-03-15", "%4d-%2d-%2d", &year, &month, &day);
    printf("date: r=%d %04d/%02d/%02d\n", r, year, month, day);
    r = sscanf("12:34", "%d:%*d", &a);
    printf("suppressed: r=%d a=%d\n", r, a);
    float f;
    double d, e, g;
    r = sscanf("3.25 -1e-3 1.5E+2 inf", "%f %lf %lf %lf", &f, &d, &e, &g);
    printf("floats: r=%d %.2f %g %g %f\n", r, (double)f, d, e, g);
    long long big;
    unsigned long long ubig;
    r = sscanf("-9223372036854775807 18446744073709551615", "%lld %llu", &big, &ubig);
    printf("long long: r=%d %lld %llu\n", r, big, ubig);
    a = b = -1;
    r = sscanf("42 abc", "%d %d", &a, &b);
    printf("partial: r=%d a=%d b=%d\n", r, a, b);
    r = sscanf("", "%d", &a);
    printf("empty input: r=%d (EOF is %d)\n", r, EOF);
    r = sscanf("xyz", "%d", &a);
    printf("no match: r=%d\n", r);
    r = sscanf("100%", "%d%%", &a);
    printf("percent literal: r=%d a=%d\n", r, a);
    const char *csv = "3,1.5,label,,end";
    int pos = 0, count, field = 0;
    char cell[16];
    while (csv[pos]) {
        if (csv[pos] == ',') { printf("field %d: (empty)\n", field++); pos++; continue; }
        if (sscanf(csv + pos, "%15[^,]%n", cell, &count) != 1) break;
        printf("field %d: [%s]\n", field++, cell);
        pos += count;
        if (csv[pos] == ',') pos++;
    }
    short sh;
    signed char sc;
    r = sscanf("-300 -100", "%hd %hhd", &sh, &sc);
    printf("short %d char %d r=%d\n", sh, sc, r);
    return 0;
}
