/* More POSIX and GNU calls that wasi-libc leaves out, as one process uses
 * them: mkostemp/mkstemps/tempnam, lockf, futimes/lutimes, getrandom, ftw,
 * the mmap advice and lock calls, sigaltstack, and glibc's error(), whose
 * exit status ends the run. */
#define _GNU_SOURCE
#include <errno.h>
#include <error.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static int entries, files;

static int count(const char *path, const struct stat *st, int type) {
    (void)path, (void)st;
    entries++;
    files += type == FTW_F;
    return 0;
}

int main(void) {
    char t1[] = "a-XXXXXX";
    int fd = mkostemp(t1, O_APPEND);
    printf("mkostemp: %d, name changed: %d\n", fd >= 0, strcmp(t1, "a-XXXXXX") != 0);
    char t2[] = "b-XXXXXX.txt";
    int fd2 = mkstemps(t2, 4);
    printf("mkstemps: %d, suffix kept: %d\n", fd2 >= 0, strcmp(t2 + 8, ".txt") == 0);
    char bad[] = "c-XXXXX";
    errno = 0;
    int short_fd = mkostemp(bad, 0);
    printf("short template: %d %d\n", short_fd, errno == EINVAL);

    mkdir("tmp", 0700);
    char *name = tempnam("tmp", "pre");
    printf("tempnam: in tmp/ %d, prefix %d\n", name && strncmp(name, "tmp/pre", 7) == 0,
           name && strstr(name, "/pre") != NULL);
    free(name);

    int l1 = lockf(fd, F_LOCK, 0), l2 = lockf(fd, F_TEST, 0), l3 = lockf(fd, F_ULOCK, 0);
    printf("lockf: %d %d %d\n", l1, l2, l3);

    struct timeval times[2] = {{1000000000, 0}, {1234567890, 500000}};
    int u1 = futimes(fd, times);
    struct stat st;
    fstat(fd, &st);
    printf("futimes: %d, mtime %lld\n", u1, (long long)st.st_mtime);
    times[1].tv_sec = 1111111111;
    int u2 = lutimes(t2, times);
    stat(t2, &st);
    printf("lutimes: %d, mtime %lld\n", u2, (long long)st.st_mtime);

    unsigned char buf[1000];
    ssize_t got = getrandom(buf, sizeof buf, 0);
    int zero = 0;
    for (size_t i = 0; i < sizeof buf; i++)
        zero += buf[i] == 0;
    printf("getrandom: %zd, mostly nonzero: %d\n", got, zero < 50);

    mkdir("tree", 0755);
    mkdir("tree/sub", 0755);
    close(open("tree/x", O_CREAT | O_WRONLY, 0644));
    close(open("tree/sub/y", O_CREAT | O_WRONLY, 0644));
    int w = ftw("tree", count, 8);
    printf("ftw: %d, %d entries, %d files\n", w, entries, files);

    size_t len = 1 << 16;
    void *map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    int m1 = madvise(map, len, MADV_WILLNEED), m2 = mlock(map, len), m3 = munlock(map, len);
    int m4 = mprotect(map, len, PROT_READ | PROT_WRITE), m5 = msync(map, len, MS_SYNC);
    printf("mmap calls: %d %d %d %d %d\n", m1, m2, m3, m4, m5);
    munmap(map, len);

    stack_t ss = {malloc(SIGSTKSZ), 0, SIGSTKSZ}, old;
    int s1 = sigaltstack(&ss, &old);
    int was_disabled = (old.ss_flags & SS_DISABLE) != 0;
    sigaltstack(NULL, &old);
    printf("sigaltstack: %d, was off: %d, size kept: %d\n", s1, was_disabled, old.ss_size == (size_t)SIGSTKSZ);
    stack_t tiny = {ss.ss_sp, 0, 16};
    errno = 0;
    int s2 = sigaltstack(&tiny, NULL);
    printf("too small: %d %d\n", s2, errno == ENOMEM);

    error(0, ENOENT, "warning %d", 1);
    printf("messages: %u\n", error_message_count);
    fflush(stdout);
    error(5, 0, "giving up");
    printf("never\n");
    return 0;
}
