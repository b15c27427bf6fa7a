/* POSIX file calls that WASI lacks: realpath, chmod, umask, flock, and the
 * GNU qsort_r and legacy memalign/valloc. Paths are printed relative to the
 * working directory, which differs between the two runs. Ends with err(),
 * whose status the test compares. */
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static char cwd[PATH_MAX];

static const char *errname(int e) {
    switch (e) {
    case 0: return "0";
    case ENOENT: return "ENOENT";
    case ENOTDIR: return "ENOTDIR";
    case EBADF: return "EBADF";
    case EINVAL: return "EINVAL";
    default: return "other";
    }
}

/* realpath(path), shown relative to the working directory. */
static void show_realpath(const char *path) {
    char buf[PATH_MAX];
    errno = 0;
    char *r = realpath(path, buf);
    /* The root's children are "/name", not "//name". */
    size_t n = strcmp(cwd, "/") == 0 ? 0 : strlen(cwd);
    if (!r)
        printf("realpath(%s): NULL %s\n", path, errname(errno));
    else if (strcmp(r, cwd) == 0)
        printf("realpath(%s): .\n", path);
    else if (strncmp(r, cwd, n) == 0 && r[n] == '/')
        printf("realpath(%s): ./%s\n", path, r + n + 1);
    else
        printf("realpath(%s): outside %s\n", path, r);
}

static int by_key(const void *a, const void *b, void *arg) {
    int x = *(const int *)a, y = *(const int *)b;
    int descending = *(int *)arg;
    return descending ? (y > x) - (y < x) : (x > y) - (x < y);
}

int main(void) {
    if (!getcwd(cwd, sizeof cwd))
        return 1;
    /* Modes below are what the usual umask gives. */
    umask(022);
    mkdir("a", 0755);
    mkdir("a/b", 0755);
    FILE *f = fopen("a/f.txt", "w");
    fputs("x", f);
    fclose(f);

    show_realpath(".");
    show_realpath("a");
    show_realpath("a/./b/..//f.txt");
    show_realpath("a/b/../../a/b/");
    show_realpath("missing");
    show_realpath("a/missing/..");
    show_realpath("a/f.txt/x");
    char *dup = realpath("a/b", NULL);
    printf("allocated: %s\n", dup && strncmp(dup, cwd, strlen(cwd)) == 0 ? "yes" : "no");
    free(dup);

    /* Each call in its own statement: argument order is unspecified. */
    struct stat st;
    stat("a/f.txt", &st);
    unsigned file_mode = st.st_mode & 0777;
    stat("a", &st);
    printf("modes: file %o, folder %o\n", file_mode, (unsigned)(st.st_mode & 0777));
    int r = chmod("a/f.txt", 0600);
    stat("a/f.txt", &st);
    printf("chmod: %d, now %o\n", r, (unsigned)(st.st_mode & 0777));
    errno = 0;
    r = chmod("nope", 0600);
    printf("chmod missing: %d %s\n", r, errname(errno));
    int fd = open("a/f.txt", O_RDONLY);
    r = fchmod(fd, 0644);
    printf("fchmod: %d\n", r);
    umask(077);
    unsigned first = umask(022), second = umask(022);
    printf("umask: %03o then %03o\n", first, second);
    int ex = flock(fd, LOCK_EX), sh = flock(fd, LOCK_SH | LOCK_NB), un = flock(fd, LOCK_UN);
    printf("flock: %d %d %d\n", ex, sh, un);
    errno = 0;
    r = flock(fd, 0);
    printf("flock bad op: %d %s\n", r, errname(errno));
    close(fd);
    errno = 0;
    r = flock(fd, LOCK_EX);
    printf("flock closed: %d %s\n", r, errname(errno));

    int v[] = {5, -3, 12, 0, 7, 42, -8};
    int descending = 1;
    qsort_r(v, 7, sizeof v[0], by_key, &descending);
    for (int i = 0; i < 7; i++)
        printf("%d ", v[i]);
    descending = 0;
    qsort_r(v, 7, sizeof v[0], by_key, &descending);
    for (int i = 0; i < 7; i++)
        printf("%d ", v[i]);
    printf("\n");

    void *m = memalign(256, 100);
    void *p = valloc(10);
    printf("memalign: %d, valloc: %d\n", m && (uintptr_t)m % 256 == 0,
           p && (uintptr_t)p % (uintptr_t)sysconf(_SC_PAGESIZE) == 0);
    free(m);
    free(p);

    warnx("a warning");
    errno = ENOENT;
    err(3, "giving up on %s", "missing");
}
