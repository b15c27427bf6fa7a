/* Structs passed and returned by value: small ones (that fit in registers
 * natively), large ones (passed through memory), ones holding arrays and
 * doubles, through function pointers and variadic-free helpers; the callee's
 * modifications must not leak into the caller's copy. */
#include <stdio.h>
#include <string.h>

struct pair { int a, b; };
struct vec3 { double x, y, z; };
struct big { int values[32]; char name[20]; };
struct onechar { char c; };
struct mixed { char tag; long long id; float weight; };

static struct pair swap(struct pair p) {
    struct pair r = {p.b, p.a};
    return r;
}
static struct vec3 cross(struct vec3 u, struct vec3 v) {
    struct vec3 r = {u.y * v.z - u.z * v.y, u.z * v.x - u.x * v.z, u.x * v.y - u.y * v.x};
    return r;
}
static struct vec3 scale(struct vec3 v, double k) {
    v.x *= k;
    v.y *= k;
    v.z *= k;
    return v;
}
static struct big fill(int seed, const char *name) {
    struct big b;
    for (int i = 0; i < 32; i++) b.values[i] = seed * i - i * i;
    strncpy(b.name, name, sizeof b.name - 1);
    b.name[sizeof b.name - 1] = '\0';
    return b;
}
static long sum_big(struct big b) {
    long s = 0;
    for (int i = 0; i < 32; i++) s += b.values[i];
    b.values[0] = 99999;
    return s;
}
static struct onechar next_char(struct onechar c) {
    c.c++;
    return c;
}
static struct mixed bump(struct mixed m, int by) {
    m.id += by;
    m.weight *= 2;
    m.tag = (char)(m.tag + 1);
    return m;
}
static struct pair apply(struct pair (*fn)(struct pair), struct pair p, int times) {
    for (int i = 0; i < times; i++) p = fn(p);
    return p;
}
static struct big chain(struct big b) {
    b.values[31] += 1000;
    return b;
}

int main(void) {
    struct pair p = {1, 2};
    struct pair q = swap(p);
    printf("swap %d %d (original %d %d)\n", q.a, q.b, p.a, p.b);
    struct pair r = apply(swap, p, 3);
    printf("apply x3 %d %d\n", r.a, r.b);
    struct vec3 u = {1, 0, 0}, v = {0, 1, 0};
    struct vec3 w = cross(u, v);
    printf("cross %.1f %.1f %.1f\n", w.x, w.y, w.z);
    struct vec3 s = scale(cross((struct vec3){1, 2, 3}, (struct vec3){4, 5, 6}), 0.5);
    printf("scaled %.2f %.2f %.2f\n", s.x, s.y, s.z);
    struct big b = fill(7, "a fairly long name that gets cut");
    long total = sum_big(b);
    printf("big: %s sum %ld first %d last %d\n", b.name, total, b.values[0], b.values[31]);
    struct big c = chain(chain(b));
    printf("chained last %d original last %d\n", c.values[31], b.values[31]);
    struct onechar oc = {'a'};
    for (int i = 0; i < 5; i++) oc = next_char(oc);
    printf("onechar %c\n", oc.c);
    struct mixed m = {'A', 1LL << 40, 1.5f};
    struct mixed m2 = bump(bump(m, 1), 2);
    printf("mixed %c %lld %.1f (original %c %lld %.1f)\n", m2.tag, m2.id, (double)m2.weight,
           m.tag, m.id, (double)m.weight);
    struct pair arr[4] = {{1, 10}, {2, 20}, {3, 30}, {4, 40}};
    int acc = 0;
    for (int i = 0; i < 4; i++) {
        struct pair t = swap(arr[i]);
        acc += t.a * 100 + t.b;
    }
    printf("array of structs acc %d\n", acc);
    return 0;
}
