/*
 * alarm, setitimer and getitimer keep their timers and report the time left,
 * but a timer never delivers its signal: nothing can interrupt running C
 * code, and a signal could only arrive once the program returned to the
 * event loop, which most programs never do. A program that waits for
 * SIGALRM in pause() or sigsuspend() gets EINTR at once (see signals.c)
 * rather than hanging. All three kinds of timer count wall-clock time.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

typedef int64_t usec_t;

/* Per timer: when it expires (0: disarmed) and its reload interval. */
static usec_t expires[3];
static usec_t interval[3];

static usec_t now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (usec_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static usec_t from_tv(struct timeval tv) { return (usec_t)tv.tv_sec * 1000000 + tv.tv_usec; }

static struct timeval to_tv(usec_t us) {
    struct timeval tv = {(time_t)(us / 1000000), (suseconds_t)(us % 1000000)};
    return tv;
}

/* Time left on timer `which`: an expired one-shot timer is disarmed, a
 * periodic one has reloaded. */
static usec_t left(int which) {
    if (!expires[which])
        return 0;
    usec_t t = now();
    if (t < expires[which])
        return expires[which] - t;
    if (!interval[which]) {
        expires[which] = 0;
        return 0;
    }
    usec_t late = (t - expires[which]) % interval[which];
    return interval[which] - late;
}

int getitimer(int which, struct itimerval *value) {
    if (which < ITIMER_REAL || which > ITIMER_PROF) {
        errno = EINVAL;
        return -1;
    }
    value->it_value = to_tv(left(which));
    value->it_interval = to_tv(interval[which]);
    return 0;
}

int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old) {
    if (which < ITIMER_REAL || which > ITIMER_PROF || value->it_value.tv_usec < 0
        || value->it_value.tv_usec >= 1000000 || value->it_interval.tv_usec < 0
        || value->it_interval.tv_usec >= 1000000) {
        errno = EINVAL;
        return -1;
    }
    if (old)
        getitimer(which, old);
    usec_t v = from_tv(value->it_value);
    expires[which] = v > 0 ? now() + v : 0;
    interval[which] = v > 0 ? from_tv(value->it_interval) : 0;
    return 0;
}

/* The seconds left on the previous alarm, rounded up as Linux does. */
unsigned alarm(unsigned seconds) {
    struct itimerval value = {{0, 0}, {(time_t)seconds, 0}};
    struct itimerval old;
    setitimer(ITIMER_REAL, &value, &old);
    return (unsigned)old.it_value.tv_sec + (old.it_value.tv_usec > 0);
}

unsigned ualarm(unsigned usecs, unsigned interval_usecs) {
    struct itimerval value = {to_tv(interval_usecs), to_tv(usecs)};
    struct itimerval old;
    setitimer(ITIMER_REAL, &value, &old);
    return (unsigned)from_tv(old.it_value);
}

/* No signal can ever come to end the wait (see above). */
int pause(void) {
    errno = EINTR;
    return -1;
}
