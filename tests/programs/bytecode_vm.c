/* A small stack-machine interpreter: switch dispatch in a loop, a table of
 * function pointers for builtins, calls and returns with a frame stack. It
 * runs a program computing primes below 2000, iterative Fibonacci and a
 * recursive factorial; checks indirect calls and tight loops. */
#include <stdio.h>
#include <stdint.h>

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JZ, JMP, CALL, RET, BUILTIN, HALT, DUP, POP };

typedef int64_t (*builtin_fn)(int64_t);
static int64_t b_print(int64_t v) { printf("%lld ", (long long)v); return v; }
static int64_t b_square(int64_t v) { return v * v; }
static int64_t b_newline(int64_t v) { printf("\n"); return v; }
static const builtin_fn builtins[] = {b_print, b_square, b_newline};

static int64_t run(const int64_t *code, int64_t *vars) {
    int64_t stack[256];
    int sp = 0;
    int frames[64];
    int fp = 0;
    int pc = 0;
    long steps = 0;
    for (;;) {
        steps++;
        int64_t a, b;
        switch ((enum op)code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case POP: sp--; break;
        case ADD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a + b; break;
        case SUB: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a - b; break;
        case MUL: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a * b; break;
        case MOD: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a % b; break;
        case LT: b = stack[--sp]; a = stack[--sp]; stack[sp++] = a < b; break;
        case JZ: a = stack[--sp]; if (!a) pc = (int)code[pc]; else pc++; break;
        case JMP: pc = (int)code[pc]; break;
        case CALL: frames[fp++] = pc + 1; pc = (int)code[pc]; break;
        case RET: pc = frames[--fp]; break;
        case BUILTIN: a = stack[--sp]; stack[sp++] = builtins[code[pc++]](a); break;
        case HALT:
            printf("halted after %ld steps, stack depth %d\n", steps, sp);
            return sp ? stack[sp - 1] : 0;
        }
    }
}

/* A tiny assembler: label definitions and references are resolved in a
   second pass, so jump targets are never counted by hand. */
struct asm_state {
    int64_t code[256];
    int n;
    int labels[16];
    int fixups[32][2];
    int nfix;
};
static void emit(struct asm_state *s, int64_t v) { s->code[s->n++] = v; }
static void emit2(struct asm_state *s, int64_t op, int64_t arg) { emit(s, op); emit(s, arg); }
static void jump(struct asm_state *s, int64_t op, int label) {
    emit(s, op);
    s->fixups[s->nfix][0] = s->n;
    s->fixups[s->nfix++][1] = label;
    emit(s, 0);
}
static void label(struct asm_state *s, int l) { s->labels[l] = s->n; }
static void link(struct asm_state *s) {
    for (int i = 0; i < s->nfix; i++) s->code[s->fixups[i][0]] = s->labels[s->fixups[i][1]];
}

int main(void) {
    /* Primes below 2000 by trial division. vars: 0 n, 1 d, 2 is_prime, 3 count. */
    enum { OUTER, INNER, NEXT_D, COMPOSITE, TALLY, END };
    struct asm_state a = {0};
    emit2(&a, PUSH, 2); emit2(&a, STORE, 0);
    emit2(&a, PUSH, 0); emit2(&a, STORE, 3);
    label(&a, OUTER);
    emit2(&a, LOAD, 0); emit2(&a, PUSH, 2000); emit(&a, LT); jump(&a, JZ, END);
    emit2(&a, PUSH, 2); emit2(&a, STORE, 1);
    emit2(&a, PUSH, 1); emit2(&a, STORE, 2);
    label(&a, INNER);
    emit2(&a, LOAD, 1); emit2(&a, LOAD, 1); emit(&a, MUL);
    emit2(&a, LOAD, 0); emit2(&a, PUSH, 1); emit(&a, ADD); emit(&a, LT); jump(&a, JZ, TALLY);
    emit2(&a, LOAD, 0); emit2(&a, LOAD, 1); emit(&a, MOD); jump(&a, JZ, COMPOSITE);
    label(&a, NEXT_D);
    emit2(&a, LOAD, 1); emit2(&a, PUSH, 1); emit(&a, ADD); emit2(&a, STORE, 1);
    jump(&a, JMP, INNER);
    label(&a, COMPOSITE);
    emit2(&a, PUSH, 0); emit2(&a, STORE, 2);
    label(&a, TALLY);
    emit2(&a, LOAD, 3); emit2(&a, LOAD, 2); emit(&a, ADD); emit2(&a, STORE, 3);
    emit2(&a, LOAD, 0); emit2(&a, PUSH, 1); emit(&a, ADD); emit2(&a, STORE, 0);
    jump(&a, JMP, OUTER);
    label(&a, END);
    emit2(&a, LOAD, 3); emit(&a, HALT);
    link(&a);
    int64_t vars[8] = {0};
    int64_t count = run(a.code, vars);
    printf("primes below 2000: %lld (last n %lld)\n", (long long)count, (long long)vars[0]);

    /* Fibonacci numbers printed through a builtin; vars: 0 a, 1 b, 2 i. */
    enum { LOOP, DONE };
    struct asm_state f = {0};
    emit2(&f, PUSH, 0); emit2(&f, STORE, 0);
    emit2(&f, PUSH, 1); emit2(&f, STORE, 1);
    emit2(&f, PUSH, 0); emit2(&f, STORE, 2);
    label(&f, LOOP);
    emit2(&f, LOAD, 2); emit2(&f, PUSH, 15); emit(&f, LT); jump(&f, JZ, DONE);
    emit2(&f, LOAD, 0); emit2(&f, BUILTIN, 0);
    emit2(&f, LOAD, 1); emit(&f, ADD);
    emit2(&f, LOAD, 1); emit2(&f, STORE, 0); emit2(&f, STORE, 1);
    emit2(&f, LOAD, 2); emit2(&f, PUSH, 1); emit(&f, ADD); emit2(&f, STORE, 2);
    jump(&f, JMP, LOOP);
    label(&f, DONE);
    emit2(&f, PUSH, 0); emit2(&f, BUILTIN, 2); emit(&f, POP);
    emit2(&f, LOAD, 0); emit2(&f, BUILTIN, 1); emit(&f, HALT);
    link(&f);
    int64_t fvars[4] = {0};
    int64_t sq = run(f.code, fvars);
    printf("fib(15)^2 = %lld\n", (long long)sq);

    /* factorial(12) by a recursive CALL/RET routine; var 0 counts down and
       the running product stays on the stack. */
    enum { FACT, BASE };
    struct asm_state c = {0};
    emit2(&c, PUSH, 1); emit2(&c, PUSH, 12); emit2(&c, STORE, 0);
    jump(&c, CALL, FACT); emit(&c, HALT);
    label(&c, FACT);
    emit2(&c, LOAD, 0); jump(&c, JZ, BASE);
    emit2(&c, LOAD, 0); emit(&c, MUL);
    emit2(&c, LOAD, 0); emit2(&c, PUSH, 1); emit(&c, SUB); emit2(&c, STORE, 0);
    jump(&c, CALL, FACT);
    label(&c, BASE);
    emit(&c, RET);
    link(&c);
    int64_t fv[2] = {0};
    printf("12! = %lld\n", (long long)run(c.code, fv));
    return 0;
}
