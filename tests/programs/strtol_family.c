/* Integer parsing: strtol/strtoul/strtoll/strtoull with bases 0, 2, 8, 10,
 * 16 and 36, leading space and signs, the end pointer, ERANGE on overflow of
 * long long, and atoi/atol. Values parsed as long stay within 32 bits. Only
 * ERANGE is checked: whether "no digits" sets EINVAL is up to the libc. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

static void show_l(const char *s, int base) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld, rest \"%s\", errno %s\n", s, base, v, end,
           errno == ERANGE ? "ERANGE" : "no range error");
}

static void show_ll(const char *s, int base) {
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, base);
    printf("strtoll(\"%s\", %d) = %lld, rest \"%s\", errno %s\n", s, base, v, end,
           errno == ERANGE ? "ERANGE" : "no range error");
}

static void show_ull(const char *s, int base) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, base);
    printf("strtoull(\"%s\", %d) = %llu, rest \"%s\", errno %s\n", s, base, v, end,
           errno == ERANGE ? "ERANGE" : "no range error");
}

int main(void) {
    show_l("12345", 10);
    show_l("   -42abc", 10);
    show_l("+17", 10);
    show_l("0x1F", 0);
    show_l("0x1F", 16);
    show_l("1F", 16);
    show_l("0755", 0);
    show_l("0755", 10);
    show_l("101101", 2);
    show_l("zz", 36);
    show_l("Wasm", 36);
    show_l("", 10);
    show_l("  +", 10);
    show_l("0x", 16);
    show_l("2147483647", 10);
    show_l("-2147483648", 10);
    show_l("12 34", 10);
    show_ll("9223372036854775807", 10);
    show_ll("9223372036854775808", 10);
    show_ll("-9223372036854775808", 10);
    show_ll("-9223372036854775809", 10);
    show_ll("-0x8000000000000000", 0);
    show_ll("777777777777777777777", 8);
    show_ull("18446744073709551615", 10);
    show_ull("18446744073709551616", 10);
    show_ull("0xFFFFFFFFFFFFFFFF", 0);
    show_ull("1111111111111111111111111111111111111111111111111111111111111111", 2);
    char *end;
    unsigned long u = strtoul("4000000000", &end, 10);
    printf("strtoul 4000000000 = %lu\n", u);
    printf("atoi %d %d %d %d\n", atoi("  314xyz"), atoi("-0"), atoi("abc"), atoi("+2000000000"));
    printf("atol %ld atoll %lld\n", atol("-123456789"), atoll("-1234567890123456"));
    return 0;
}
