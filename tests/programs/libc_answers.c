/* C library answers that programs rely on, as glibc gives them: errno left
 * alone by calls that succeed (the first printf to a pipe, strtol/strtod
 * with nothing to convert, fopen of a regular file), fopen("") failing
 * with ENOENT, main with envp, sbrk of any size, page-aligned anonymous
 * mappings, setlocale refusing a locale it lacks, clock() counted in
 * CLOCKS_PER_SEC, and the smaller calls and macros of issue-tracker
 * programs (clock_settime, the rounding-mode macros, sigwaitinfo,
 * statvfs, getloadavg, F_SETSIG, strupr/strlwr). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <fenv.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#ifdef __GLIBC__
/* glibc lacks the DOS case changes that Emscripten's libc (and wasmcc's)
 * keeps; this is their meaning. */
static char *strupr(char *s) {
    for (char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p -= 'a' - 'A';
    return s;
}
static char *strlwr(char *s) {
    for (char *p = s; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p += 'a' - 'A';
    return s;
}
#endif

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv, char **envp) {
    printf("argc %d argv0 %s envp %s\n", argc, argv[0] ? "set" : "null", envp ? "set" : "null");
    fflush(stdout);
    /* stdout is a pipe: the first write must not leave ENOTTY. */
    errno = 0;
    printf("first write\n");
    printf("errno after printf %d\n", errno);

    char *end;
    errno = 0;
    long l = strtol("xyz", &end, 10);
    int e_strtol = errno;
    errno = 0;
    unsigned long long ull = strtoull("  -", &end, 0);
    int e_strtoull = errno;
    errno = 0;
    double d = strtod("abc", &end);
    int e_strtod = errno;
    errno = 0;
    strtol("12", &end, 99);
    int e_base = errno;
    printf("strtol %ld/%d strtoull %llu/%d strtod %g/%d bad base %s\n", l, e_strtol, ull,
           e_strtoull, d, e_strtod, e_base == EINVAL ? "EINVAL" : "no error");

    errno = 0;
    FILE *f = fopen("", "r");
    printf("fopen(\"\") %s %s\n", f ? "opened" : "NULL", errno == ENOENT ? "ENOENT" : strerror(errno));
    errno = 0;
    FILE *g = fopen("file.txt", "w");
    printf("fopen(file) %s errno %d\n", g ? "opened" : "NULL", errno);
    if (g)
        fclose(g);
    errno = 0;
    int fd = open("", O_RDONLY);
    printf("open(\"\") %d %s\n", fd, errno == ENOENT ? "ENOENT" : strerror(errno));

    char *b0 = sbrk(0);
    char *b1 = sbrk(100);
    char *b2 = sbrk(1000);
    char *b3 = sbrk(-600);
    char *b4 = sbrk(0);
    printf("sbrk %d %d %d %d\n", b1 == b0, (int)(b2 - b1), (int)(b3 - b1), (int)(b4 - b1));
    char *big = malloc(200000);
    printf("malloc after sbrk %s\n", big && (big >= b4 || big + 200000 <= b1) ? "apart" : "overlaps");
    free(big);

    long page = getpagesize();
    int aligned = 1;
    void *maps[4];
    size_t sizes[4] = {100, 5000, 70000, 1};
    for (int i = 0; i < 4; i++) {
        maps[i] = mmap(NULL, sizes[i], PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (maps[i] == MAP_FAILED || (uintptr_t)maps[i] % page != 0 || ((char *)maps[i])[0] != 0)
            aligned = 0;
        else
            memset(maps[i], 1, sizes[i]);
    }
    int unmapped = 0;
    for (int i = 0; i < 4; i++)
        unmapped += munmap(maps[i], sizes[i]) == 0;
    printf("mmap page-aligned and zeroed %d, munmap %d\n", aligned, unmapped);

    printf("setlocale pt_BR %s\n", setlocale(LC_ALL, "pt_BR") ? "set" : "NULL");
    printf("setlocale xx_YY.UTF-8 %s\n", setlocale(LC_CTYPE, "xx_YY.UTF-8") ? "set" : "NULL");
    printf("setlocale C %s\n", setlocale(LC_ALL, "C") ? "set" : "NULL");
    printf("setlocale POSIX %s\n", setlocale(LC_ALL, "POSIX") ? "set" : "NULL");
    printf("setlocale C.UTF-8 %s\n", setlocale(LC_ALL, "C.UTF-8") ? "set" : "NULL");
    char *saved = setlocale(LC_ALL, NULL);
    char copy[256];
    snprintf(copy, sizeof copy, "%s", saved ? saved : "");
    printf("setlocale back %s\n", setlocale(LC_ALL, copy) ? "set" : "NULL");

    printf("CLOCKS_PER_SEC %ld\n", (long)CLOCKS_PER_SEC);
    /* 50 ms of processor time by clock() must take about 50 ms. */
    double start = now();
    clock_t c0 = clock();
    volatile unsigned spin = 0;
    while (clock() - c0 < CLOCKS_PER_SEC / 20)
        spin++;
    double took = now() - start;
    printf("clock scale %s\n", took > 0.03 && took < 3 ? "ok" : "wrong");

    struct timespec ts = {0, 0};
    errno = 0;
    int cs = clock_settime(CLOCK_MONOTONIC, &ts);
    printf("clock_settime(MONOTONIC) %d %s\n", cs, errno == EINVAL ? "EINVAL" : strerror(errno));

    int modes[3] = {FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO};
    int consistent = 1;
    for (int i = 0; i < 3; i++) {
        int r = fesetround(modes[i]);
        if (modes[i] == FE_TONEAREST || (r == 0) != (fegetround() == modes[i]))
            consistent = 0;
        fesetround(FE_TONEAREST);
    }
    printf("rounding modes distinct and fesetround honest %d\n", consistent);

    char up[] = "Hello, World 42";
    char low[] = "Hello, World 42";
    printf("%s / %s\n", strupr(up), strlwr(low));

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    raise(SIGUSR1);
    siginfo_t info;
    int got = sigwaitinfo(&set, &info);
    printf("sigwaitinfo %s %s\n", got == SIGUSR1 ? "SIGUSR1" : "other",
           info.si_signo == SIGUSR1 ? "si_signo" : "no si_signo");
    sigset_t pend;
    sigpending(&pend);
    printf("still pending %d\n", sigismember(&pend, SIGUSR1));

    struct statvfs vfs;
    int sv = statvfs(".", &vfs);
    printf("statvfs . %d bsize>0 %d\n", sv, vfs.f_bsize > 0);
    errno = 0;
    sv = statvfs("no/such/place", &vfs);
    printf("statvfs missing %d %s\n", sv, errno == ENOENT ? "ENOENT" : strerror(errno));
    int fdv = open(".", O_RDONLY);
    printf("fstatvfs %d\n", fstatvfs(fdv, &vfs));
    close(fdv);

    double avg[3];
    printf("getloadavg %d\n", getloadavg(avg, 3));
#ifdef F_SETSIG
    printf("F_SETSIG defined\n");
#endif
    return 0;
}
