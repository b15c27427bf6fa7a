/* Unnamed POSIX semaphores used by one thread: counts, trywait on an empty
 * semaphore, the SEM_VALUE_MAX limit, and a timed wait that times out. */
#include <errno.h>
#include <limits.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>

static const char *err(int e) {
    return e == EAGAIN ? "EAGAIN" : e == ETIMEDOUT ? "ETIMEDOUT" : e == EOVERFLOW ? "EOVERFLOW"
         : e == EINVAL ? "EINVAL" : "other";
}

int main(void) {
    sem_t s;
    int v = -1;
    printf("init: %d\n", sem_init(&s, 0, 2));
    sem_getvalue(&s, &v);
    printf("value: %d\n", v);
    int a = sem_wait(&s), b = sem_trywait(&s);
    printf("take two: %d %d\n", a, b);
    errno = 0;
    int c = sem_trywait(&s);
    printf("empty trywait: %d %s\n", c, err(errno));
    sem_post(&s);
    sem_post(&s);
    sem_post(&s);
    sem_getvalue(&s, &v);
    printf("after three posts: %d\n", v);

    sem_t full;
    sem_init(&full, 0, SEM_VALUE_MAX);
    errno = 0;
    int d = sem_post(&full);
    printf("post at max: %d %s\n", d, err(errno));
    errno = 0;
    int e = sem_init(&full, 0, (unsigned)SEM_VALUE_MAX + 1);
    printf("init past max: %d %s\n", e, err(errno));

    sem_t empty;
    sem_init(&empty, 0, 0);
    struct timespec start, deadline, end;
    clock_gettime(CLOCK_REALTIME, &start);
    deadline = start;
    deadline.tv_nsec += 20 * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    errno = 0;
    int f = sem_timedwait(&empty, &deadline);
    clock_gettime(CLOCK_REALTIME, &end);
    double waited = (double)(end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("timedwait: %d %s, waited 20ms: %d\n", f, err(errno), waited >= 0.019);
    struct timespec bad = {0, 2000000000L};
    errno = 0;
    int g = sem_timedwait(&empty, &bad);
    printf("bad deadline: %d %s\n", g, err(errno));
    printf("destroy: %d %d %d\n", sem_destroy(&s), sem_destroy(&full), sem_destroy(&empty));
    return 0;
}
