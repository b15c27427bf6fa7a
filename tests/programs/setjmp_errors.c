/* setjmp/longjmp as error handling in a small calculator: each statement
 * is parsed with a recursive-descent parser that longjmps to the statement
 * loop on a syntax error or a division by zero; the loop reports the error
 * and continues with the next statement, and heap state stays consistent. */
#include <stdio.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static jmp_buf on_error;
static const char *pos;
static const char *error_message;
static int depth;

static void fail(const char *msg) {
    error_message = msg;
    longjmp(on_error, 1);
}

static long expr(void);

static void skip(void) { while (*pos == ' ') pos++; }

static long primary(void) {
    skip();
    depth++;
    if (*pos == '(') {
        pos++;
        long v = expr();
        skip();
        if (*pos != ')') fail("expected )");
        pos++;
        depth--;
        return v;
    }
    if (*pos == '-') {
        pos++;
        long v = -primary();
        depth--;
        return v;
    }
    if (!isdigit((unsigned char)*pos)) fail("expected a number");
    long v = strtol(pos, (char **)&pos, 10);
    depth--;
    return v;
}

static long term(void) {
    long v = primary();
    for (;;) {
        skip();
        char op = *pos;
        if (op != '*' && op != '/' && op != '%') return v;
        pos++;
        long r = primary();
        if (op != '*' && r == 0) fail("division by zero");
        v = op == '*' ? v * r : op == '/' ? v / r : v % r;
    }
}

static long expr(void) {
    long v = term();
    for (;;) {
        skip();
        char op = *pos;
        if (op != '+' && op != '-') return v;
        pos++;
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
}

int main(void) {
    const char *program[] = {"1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4",
                             "-(-7) % 4", "((((((((((42))))))))))", "8 / 2 / 2", "1 + * 2",
                             "100 - 3 * (4 + 5) / 2", "7 % 0"};
    volatile int ok = 0, errors = 0;
    char *volatile scratch = NULL;
    for (volatile size_t i = 0; i < sizeof program / sizeof program[0]; i++) {
        scratch = realloc(scratch, strlen(program[i]) + 1);
        strcpy(scratch, program[i]);
        depth = 0;
        if (setjmp(on_error)) {
            errors++;
            printf("%-26s error: %s (at offset %td, depth %d)\n", program[i], error_message,
                   pos - scratch, depth);
            continue;
        }
        pos = scratch;
        long v = expr();
        skip();
        if (*pos) fail("trailing input");
        ok++;
        printf("%-26s = %ld\n", program[i], v);
    }
    free(scratch);
    printf("%d ok, %d errors\n", ok, errors);
    return 0;
}
