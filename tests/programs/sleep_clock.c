/* Sleeping: nanosleep, usleep and sleep(0) return 0, and the monotonic and
 * wall clocks advance by at least the requested time (upper bounds are
 * generous, since a loaded machine may oversleep). */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int main(void) {
    double m0 = now(CLOCK_MONOTONIC), r0 = now(CLOCK_REALTIME);
    struct timespec req = {0, 120 * 1000 * 1000};
    int rc = nanosleep(&req, NULL);
    double m1 = now(CLOCK_MONOTONIC);
    printf("nanosleep rc %d, slept at least 0.12 s: %d, under 10 s: %d\n", rc, m1 - m0 >= 0.119,
           m1 - m0 < 10);
    rc = usleep(50000);
    double m2 = now(CLOCK_MONOTONIC);
    printf("usleep rc %d, slept at least 0.05 s: %d\n", rc, m2 - m1 >= 0.049);
    printf("sleep(0) returns %u\n", sleep(0));
    double r1 = now(CLOCK_REALTIME);
    printf("realtime advanced at least 0.17 s: %d\n", r1 - r0 >= 0.165);
    struct timespec res;
    rc = clock_getres(CLOCK_MONOTONIC, &res);
    printf("monotonic resolution query rc %d, sane %d\n", rc,
           res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 1000000);
    return 0;
}
