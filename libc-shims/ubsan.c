/* -fsanitize=undefined: the handlers clang's checks call, reporting as
 * clang's own runtime does ("file:line:col: runtime error: ..." on stderr)
 * and then going on, or, for the _abort variants that
 * -fno-sanitize-recover selects, ending in abort(), which prints the call
 * chain. The data layouts are clang's ABI for these calls. Each location is
 * reported once: its column is set to ~0 after the first report, as clang's
 * runtime does (clang emits the data writable for this). */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct location {
    const char *file;
    uint32_t line;
    uint32_t column;
};

struct type {
    uint16_t kind; /* 0: integer, 1: float */
    uint16_t info; /* integer: bit 0 signed, bits 1..: log2 of the width */
    char name[];
};

struct overflow { struct location loc; const struct type *type; };
struct shift { struct location loc; const struct type *lhs, *rhs; };
struct bounds { struct location loc; const struct type *array, *index; };
struct mismatch {
    struct location loc;
    const struct type *type;
    unsigned char log_alignment;
    unsigned char check_kind;
};
struct at_location { struct location loc; };
struct invalid { struct location loc; const struct type *type; };

typedef uintptr_t handle;

/* Reports once per location; false when the location was reported before. */
static int begin(struct location *loc, char *line, size_t size, int *n) {
    if (loc->column == 0xffffffffu)
        return 0;
    *n = snprintf(line, size, "%s:%u:%u: runtime error: ", loc->file ? loc->file : "<unknown>",
                  (unsigned)loc->line, (unsigned)loc->column);
    loc->column = 0xffffffffu;
    return 1;
}

static void finish(char *line, int n, size_t size) {
    if (n > (int)size - 2)
        n = (int)size - 2;
    line[n++] = '\n';
    write(2, line, n);
}

static unsigned width(const struct type *t) { return 1u << (t->info >> 1); }
static int is_signed(const struct type *t) { return t->kind == 0 && (t->info & 1); }

/* A value of an integer type; wider than a pointer, the handle points at it. */
static void value(char *out, size_t size, const struct type *t, handle v) {
    uint64_t bits = width(t) > 8 * sizeof(handle) ? *(const uint64_t *)v : (uint64_t)v;
    if (is_signed(t)) {
        unsigned w = width(t);
        int64_t s = w >= 64 ? (int64_t)bits : (int64_t)(bits << (64 - w)) >> (64 - w);
        snprintf(out, size, "%lld", (long long)s);
    } else {
        snprintf(out, size, "%llu", (unsigned long long)bits);
    }
}

static int negative(const struct type *t, handle v) {
    char text[32];
    value(text, sizeof text, t, v);
    return text[0] == '-';
}

#define REPORT(loc, ...)                                                                           \
    do {                                                                                           \
        char line[512];                                                                            \
        int n;                                                                                     \
        if (begin(loc, line, sizeof line, &n)) {                                                   \
            n += snprintf(line + n, sizeof line - n, __VA_ARGS__);                                 \
            finish(line, n, sizeof line);                                                          \
        }                                                                                          \
    } while (0)

#define BOTH(name, params, args)                                                                   \
    void __ubsan_handle_##name params { report_##name args; }                                      \
    void __ubsan_handle_##name##_abort params {                                                    \
        report_##name args;                                                                        \
        abort();                                                                                   \
    }

static void arithmetic(struct overflow *d, handle a, handle b, char op) {
    char x[32], y[32];
    value(x, sizeof x, d->type, a);
    value(y, sizeof y, d->type, b);
    REPORT(&d->loc, "%s integer overflow: %s %c %s cannot be represented in type %s",
           is_signed(d->type) ? "signed" : "unsigned", x, op, y, d->type->name);
}

static void report_add_overflow(struct overflow *d, handle a, handle b) { arithmetic(d, a, b, '+'); }
static void report_sub_overflow(struct overflow *d, handle a, handle b) { arithmetic(d, a, b, '-'); }
static void report_mul_overflow(struct overflow *d, handle a, handle b) { arithmetic(d, a, b, '*'); }
BOTH(add_overflow, (struct overflow * d, handle a, handle b), (d, a, b))
BOTH(sub_overflow, (struct overflow * d, handle a, handle b), (d, a, b))
BOTH(mul_overflow, (struct overflow * d, handle a, handle b), (d, a, b))

static void report_negate_overflow(struct overflow *d, handle a) {
    char x[32];
    value(x, sizeof x, d->type, a);
    REPORT(&d->loc,
           "negation of %s cannot be represented in type %s; cast to an unsigned type to negate "
           "this value to itself",
           x, d->type->name);
}
BOTH(negate_overflow, (struct overflow * d, handle a), (d, a))

static void report_divrem_overflow(struct overflow *d, handle a, handle b) {
    char x[32], y[32];
    value(x, sizeof x, d->type, a);
    value(y, sizeof y, d->type, b);
    if (y[0] == '0' && y[1] == 0)
        REPORT(&d->loc, "division by zero");
    else
        REPORT(&d->loc, "division of %s by -1 cannot be represented in type %s", x,
               d->type->name);
}
BOTH(divrem_overflow, (struct overflow * d, handle a, handle b), (d, a, b))

static void report_shift_out_of_bounds(struct shift *d, handle a, handle b) {
    char x[32], y[32];
    value(x, sizeof x, d->lhs, a);
    value(y, sizeof y, d->rhs, b);
    if (negative(d->rhs, b))
        REPORT(&d->loc, "shift exponent %s is negative", y);
    else if (strtoull(y, 0, 10) >= width(d->lhs))
        REPORT(&d->loc, "shift exponent %s is too large for %u-bit type %s", y, width(d->lhs),
               d->lhs->name);
    else if (negative(d->lhs, a))
        REPORT(&d->loc, "left shift of negative value %s", x);
    else
        REPORT(&d->loc, "left shift of %s by %s places cannot be represented in type %s", x, y,
               d->lhs->name);
}
BOTH(shift_out_of_bounds, (struct shift * d, handle a, handle b), (d, a, b))

static void report_out_of_bounds(struct bounds *d, handle i) {
    char x[32];
    value(x, sizeof x, d->index, i);
    REPORT(&d->loc, "index %s out of bounds for type %s", x, d->array->name);
}
BOTH(out_of_bounds, (struct bounds * d, handle i), (d, i))

static const char *const check_kinds[] = {
    "load of", "store to", "reference binding to", "member access within", "member call on",
    "constructor call on", "downcast of", "downcast of", "upcast of", "cast to virtual base of",
    "_Nonnull binding to", "dynamic operation on"};

static void report_type_mismatch_v1(struct mismatch *d, handle p) {
    const char *kind = d->check_kind < sizeof check_kinds / sizeof *check_kinds
                           ? check_kinds[d->check_kind]
                           : "access to";
    uintptr_t align = (uintptr_t)1 << d->log_alignment;
    if (!p)
        REPORT(&d->loc, "%s null pointer of type %s", kind, d->type->name);
    else if (p & (align - 1))
        REPORT(&d->loc,
               "%s misaligned address 0x%08lx for type %s, which requires %lu byte alignment",
               kind, (unsigned long)p, d->type->name, (unsigned long)align);
    else
        REPORT(&d->loc, "%s address 0x%08lx with insufficient space for an object of type %s",
               kind, (unsigned long)p, d->type->name);
}
BOTH(type_mismatch_v1, (struct mismatch * d, handle p), (d, p))

static void report_pointer_overflow(struct at_location *d, handle base, handle result) {
    if (!base && !result)
        REPORT(&d->loc, "applying zero offset to null pointer");
    else if (!base)
        REPORT(&d->loc, "applying non-zero offset %lu to null pointer", (unsigned long)result);
    else if (!result)
        REPORT(&d->loc, "applying non-zero offset to non-null pointer 0x%08lx produced null pointer",
               (unsigned long)base);
    else
        REPORT(&d->loc, "pointer index expression with base 0x%08lx overflowed to 0x%08lx",
               (unsigned long)base, (unsigned long)result);
}
BOTH(pointer_overflow, (struct at_location * d, handle base, handle result), (d, base, result))

static void report_load_invalid_value(struct invalid *d, handle v) {
    char x[32];
    value(x, sizeof x, d->type, v);
    REPORT(&d->loc, "load of value %s, which is not a valid value for type %s", x,
           d->type->name);
}
BOTH(load_invalid_value, (struct invalid * d, handle v), (d, v))

static void report_vla_bound_not_positive(struct invalid *d, handle v) {
    char x[32];
    value(x, sizeof x, d->type, v);
    REPORT(&d->loc, "variable length array bound evaluates to non-positive value %s", x);
}
BOTH(vla_bound_not_positive, (struct invalid * d, handle v), (d, v))

/* Reaching these is undefined whatever the mode: always the end. */
void __ubsan_handle_builtin_unreachable(struct at_location *d) {
    REPORT(&d->loc, "execution reached an unreachable program point");
    abort();
}

void __ubsan_handle_missing_return(struct at_location *d) {
    REPORT(&d->loc,
           "execution reached the end of a value-returning function without returning a value");
    abort();
}
