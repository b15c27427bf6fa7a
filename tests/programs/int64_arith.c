/* 64-bit integer arithmetic, which wasm32 does natively but whose printing
 * and mixing with 32-bit values a program relies on: multiply, divide and
 * remainder of signed and unsigned values with negative operands, shifts by
 * every amount, edge values, and conversions to and from double. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

int main(void) {
    int64_t s[] = {0, 1, -1, 7, -7, 1000000007, -999999999999LL, INT64_MAX, INT64_MIN + 1,
                   0x123456789abcdefLL};
    int ns = sizeof s / sizeof s[0];
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < ns; j++) {
            int64_t a = s[i], b = s[j];
            if (b == 0) continue;
            printf("%" PRId64 " / %" PRId64 " = %" PRId64 " r %" PRId64 "\n", a, b, a / b, a % b);
        }
    uint64_t u[] = {1, 3, 0xffffffffULL, 0x100000000ULL, UINT64_MAX, 0x8000000000000000ULL,
                    12345678901234567890ULL};
    int nu = sizeof u / sizeof u[0];
    for (int i = 0; i < nu; i++)
        for (int j = 0; j < nu; j++)
            printf("u %" PRIu64 " * %" PRIu64 " = %" PRIu64 ", / = %" PRIu64 ", %% = %" PRIu64 "\n",
                   u[i], u[j], u[i] * u[j], u[i] / u[j], u[i] % u[j]);
    uint64_t x = 0xf0e1d2c3b4a59687ULL;
    int64_t y = -0x1234567890LL;
    for (int sh = 0; sh < 64; sh += 7)
        printf("shift %2d: %016" PRIx64 " %016" PRIx64 " %" PRId64 "\n", sh, x << sh, x >> sh,
               y >> sh);
    uint32_t lo = 0xffffffffu;
    uint64_t widened = (uint64_t)lo * lo;
    int32_t neg = -5;
    int64_t sext = neg;
    uint64_t zext = (uint32_t)neg;
    printf("widen %" PRIu64 " sext %" PRId64 " zext %" PRIu64 "\n", widened, sext, zext);
    printf("trunc %" PRIu32 " %" PRId32 "\n", (uint32_t)0x123456789ULL, (int32_t)0xfffffffe00000001LL);
    double d = (double)INT64_MAX;
    printf("to double %.1f %.1f %.1f\n", d, (double)(uint64_t)UINT64_MAX, (double)INT64_MIN);
    printf("from double %" PRId64 " %" PRIu64 " %" PRId64 "\n", (int64_t)-9.007199254740993e15,
           (uint64_t)1.8446744073709550e19, (int64_t)123456789.987);
    uint64_t fib_a = 0, fib_b = 1;
    for (int i = 0; i < 93; i++) {
        uint64_t t = fib_a + fib_b;
        fib_a = fib_b;
        fib_b = t;
    }
    printf("fib(93) %" PRIu64 "\n", fib_a);
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < 1000; i++) {
        h ^= (uint64_t)i;
        h *= 1099511628211ULL;
    }
    printf("fnv %016" PRIx64 "\n", h);
    uint64_t pw = 1;
    uint64_t base = 3, e = 40, mod = 1000000007ULL;
    while (e) {
        if (e & 1) pw = pw * base % mod;
        base = base * base % mod;
        e >>= 1;
    }
    printf("3^40 mod p = %" PRIu64 "\n", pw);
    printf("compare %d %d %d\n", (int64_t)-1 < (int64_t)0, (uint64_t)-1 > 0u, INT64_MIN < -INT64_MAX);
    return 0;
}
