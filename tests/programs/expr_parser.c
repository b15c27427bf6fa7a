/* A recursive-descent parser and evaluator for arithmetic over doubles with
 * variables, read from stdin one statement per line, plus a generated
 * expression nested 5000 parentheses deep. Results are printed with %.10g;
 * the operations used are correctly rounded, so they match everywhere. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static const char *p;
static double vars[26];
static int error;

static double expr(void);

static void ws(void) { while (*p == ' ' || *p == '\t') p++; }

static double atom(void) {
    ws();
    if (*p == '(') {
        p++;
        double v = expr();
        ws();
        if (*p == ')') p++; else error = 1;
        return v;
    }
    if (*p == '-') { p++; return -atom(); }
    if (islower((unsigned char)*p)) return vars[*p++ - 'a'];
    char *end;
    double v = strtod(p, &end);
    if (end == p) error = 1;
    p = end;
    return v;
}

static double power(void) {
    double base = atom();
    ws();
    if (*p == '^') {
        p++;
        double e = power();
        double r = 1;
        for (int i = 0; i < (int)e; i++) r *= base;
        return r;
    }
    return base;
}

static double term(void) {
    double v = power();
    for (;;) {
        ws();
        if (*p == '*') { p++; v *= power(); }
        else if (*p == '/') { p++; v /= power(); }
        else return v;
    }
}

static double expr(void) {
    double v = term();
    for (;;) {
        ws();
        if (*p == '+') { p++; v += term(); }
        else if (*p == '-') { p++; v -= term(); }
        else return v;
    }
}

int main(void) {
    char line[256];
    int n = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (!line[0]) continue;
        n++;
        error = 0;
        p = line;
        int target = -1;
        if (islower((unsigned char)p[0]) && p[1] == '=') {
            target = p[0] - 'a';
            p += 2;
        }
        double v = expr();
        ws();
        if (*p) error = 1;
        if (error) { printf("%d: syntax error in \"%s\"\n", n, line); continue; }
        if (target >= 0) vars[target] = v;
        printf("%d: %s => %.10g\n", n, line, v);
    }
    int depth = 5000;
    char *deep = malloc((size_t)depth * 4 + 16);
    char *q = deep;
    for (int i = 0; i < depth; i++) { *q++ = '('; *q++ = '1'; *q++ = '+'; }
    *q++ = '0';
    for (int i = 0; i < depth; i++) *q++ = ')';
    *q = '\0';
    p = deep;
    error = 0;
    double v = expr();
    printf("nested %d deep => %.10g error %d\n", depth, v, error);
    free(deep);
    return 0;
}
