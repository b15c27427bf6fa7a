/* <time.h>: gmtime of fixed timestamps (epoch, leap days, 2038, far
 * future), strftime with every common conversion on fixed inputs, timegm
 * round trips, difftime, and only properties of the clock that are
 * deterministic: time() is after 2020, clock() never runs backwards. */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>
#include <string.h>

static void show(time_t t) {
    struct tm tm;
    struct tm *p = gmtime_r(&t, &tm);
    char buf[200];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S | %a %A %b %B | yday %j wday %w | %y %C", p);
    printf("%lld -> %s\n", (long long)t, buf);
}

int main(void) {
    time_t stamps[] = {0, 1, 86399, 86400, 951782400, 951868800, 1000000000, 1234567890,
                       1700000000, 2147483647, 4102444800LL, -1, -86400, 1582934400};
    for (size_t i = 0; i < sizeof stamps / sizeof stamps[0]; i++) show(stamps[i]);

    struct tm fixed;
    memset(&fixed, 0, sizeof fixed);
    fixed.tm_year = 2024 - 1900;
    fixed.tm_mon = 1;
    fixed.tm_mday = 29;
    fixed.tm_hour = 13;
    fixed.tm_min = 5;
    fixed.tm_sec = 9;
    fixed.tm_wday = 4;
    fixed.tm_yday = 59;
    const char *fmts[] = {"%d/%m/%Y", "%D", "%F", "%T", "%R", "%I:%M %p", "%e", "%H%M%S",
                          "%u %w", "%U %W %V %G %g", "%%", "%n|%t|", "%c", "%x", "%X", "%h",
                          "%r", "%z", ""};
    for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
        char buf[100];
        size_t n = strftime(buf, sizeof buf, fmts[i], &fixed);
        printf("strftime(\"%s\") = \"%s\" (%zu)\n", fmts[i], buf, n);
    }
    char tiny[5];
    printf("strftime too small returns %zu\n", strftime(tiny, sizeof tiny, "%Y-%m-%d", &fixed));

    struct tm back = fixed;
    time_t t = timegm(&back);
    printf("timegm 2024-02-29 13:05:09 = %lld, wday %d yday %d\n", (long long)t, back.tm_wday,
           back.tm_yday);
    struct tm norm;
    memset(&norm, 0, sizeof norm);
    norm.tm_year = 123;
    norm.tm_mon = 11;
    norm.tm_mday = 31;
    norm.tm_hour = 23;
    norm.tm_min = 59;
    norm.tm_sec = 61;
    t = timegm(&norm);
    printf("normalised %04d-%02d-%02d %02d:%02d:%02d = %lld\n", norm.tm_year + 1900,
           norm.tm_mon + 1, norm.tm_mday, norm.tm_hour, norm.tm_min, norm.tm_sec, (long long)t);
    printf("difftime %.1f\n", difftime((time_t)1000, (time_t)250));

    time_t now = time(NULL);
    time_t now2;
    time(&now2);
    printf("time after 2020: %d, consistent: %d\n", now > 1577836800, now2 >= now);
    clock_t c0 = clock();
    volatile double sink = 0;
    for (int i = 0; i < 2000000; i++) sink += i * 0.5;
    clock_t c1 = clock();
    double seconds = (double)(c1 - c0) / CLOCKS_PER_SEC;
    printf("clock monotonic: %d, loop took under a minute: %d\n", c1 >= c0 && c0 >= 0,
           seconds >= 0 && seconds < 60);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    clock_gettime(CLOCK_MONOTONIC, &b);
    int later = b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec);
    printf("CLOCK_MONOTONIC monotonic: %d nsec in range: %d\n", later,
           a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    printf("CLOCK_REALTIME close to time(): %d\n", rt.tv_sec - now < 100 && rt.tv_sec >= now);
    return 0;
}
