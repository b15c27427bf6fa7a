/* POSIX unnamed semaphores for a program with one thread, which wasi-libc
 * declares but does not build. The count is the semaphore's first word.
 * A wait that would block can never end, since no other thread can post:
 * sem_wait reports the deadlock (EDEADLK, which POSIX lists for it) and
 * sem_timedwait sleeps until its deadline and times out, as a single
 * thread observes on Linux. Named semaphores (sem_open) need an object
 * shared between processes, and there is one process: ENOSYS. */

#include <errno.h>
#include <limits.h>
#include <semaphore.h>
#include <time.h>

#include "pthread_internal.h"

int sem_init(sem_t *sem, int pshared, unsigned value) {
    (void)pshared; /* one process: shared or not is the same */
    if (value > SEM_VALUE_MAX) {
        errno = EINVAL;
        return -1;
    }
    sem->__val[0] = (int)value;
    return 0;
}

int sem_destroy(sem_t *sem) {
    (void)sem;
    return 0;
}

int sem_getvalue(sem_t *restrict sem, int *restrict value) {
    *value = sem->__val[0];
    return 0;
}

int sem_post(sem_t *sem) {
    if (sem->__val[0] == SEM_VALUE_MAX) {
        errno = EOVERFLOW;
        return -1;
    }
    sem->__val[0]++;
    return 0;
}

int sem_trywait(sem_t *sem) {
    if (sem->__val[0] > 0) {
        sem->__val[0]--;
        return 0;
    }
    errno = EAGAIN;
    return -1;
}

int sem_wait(sem_t *sem) {
    if (sem_trywait(sem) == 0)
        return 0;
    errno = EDEADLK;
    return -1;
}

int sem_timedwait(sem_t *restrict sem, const struct timespec *restrict deadline) {
    if (sem_trywait(sem) == 0)
        return 0;
    errno = sleep_until(CLOCK_REALTIME, deadline);
    return -1;
}

sem_t *sem_open(const char *name, int flags, ...) {
    (void)name;
    (void)flags;
    errno = ENOSYS;
    return SEM_FAILED;
}

int sem_close(sem_t *sem) {
    (void)sem;
    errno = EINVAL; /* no sem_open ever returned it */
    return -1;
}

int sem_unlink(const char *name) {
    (void)name;
    errno = ENOSYS;
    return -1;
}
