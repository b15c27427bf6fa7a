/*
 * Temporary files: tmpnam, tempnam, tmpfile, mkstemp (with its GNU and BSD
 * variants mkostemp, mkstemps and mkostemps) and mkdtemp.
 *
 * wasi-libc leaves these out. Names live under /tmp of the program's file
 * system (with -sNODERAWFS=1, the host's /tmp). Name suffixes come from the
 * realtime and monotonic clocks mixed with a counter, so two programs started
 * at the same time draw different names; creation uses O_EXCL and retries on
 * a clash. A file system without /tmp (the in-memory one starts nearly empty)
 * gets the folder on first use, as a POSIX system always has one.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define NAME_PREFIX "/tmp/tmp."
#define SUFFIX_LEN 10
#define ATTEMPTS 100

static uint64_t next_random(void) {
    static uint64_t state;
    static int seeded;
    uint64_t z;
    if (!seeded) {
        struct timespec real, mono;
        clock_gettime(CLOCK_REALTIME, &real);
        clock_gettime(CLOCK_MONOTONIC, &mono);
        state = (uint64_t)real.tv_sec * 1000000007u ^ (uint64_t)real.tv_nsec ^
                ((uint64_t)mono.tv_nsec << 32) ^ (uint64_t)(uintptr_t)&state;
        seeded = 1;
    }
    /* splitmix64 */
    state += 0x9e3779b97f4a7c15ull;
    z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static void fill_suffix(char *dst, size_t len) {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    uint64_t bits = next_random();
    size_t i;
    for (i = 0; i < len; i++) {
        if (i % 10 == 9)
            bits = next_random();
        dst[i] = alphabet[bits % 62];
        bits /= 62;
    }
}

static void ensure_tmp_dir(void) {
    struct stat st;
    if (stat(P_tmpdir, &st) != 0 && errno == ENOENT)
        mkdir(P_tmpdir, 01777);
}

/* Checks that `template` has XXXXXX before its last `keep` characters and
 * returns where the Xs start. */
static char *template_suffix(char *template, size_t keep) {
    size_t len = strlen(template);
    if (len < 6 + keep || memcmp(template + len - keep - 6, "XXXXXX", 6) != 0) {
        errno = EINVAL;
        return NULL;
    }
    return template + len - keep - 6;
}

int mkostemps(char *template, int keep, int flags) {
    char *xs = keep >= 0 ? template_suffix(template, (size_t)keep) : NULL;
    int i;
    if (keep < 0)
        errno = EINVAL;
    if (xs == NULL)
        return -1;
    for (i = 0; i < ATTEMPTS; i++) {
        int fd;
        fill_suffix(xs, 6);
        fd = open(template, O_RDWR | O_CREAT | O_EXCL | (flags & ~O_ACCMODE), 0600);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

int mkstemp(char *template) { return mkostemps(template, 0, 0); }
int mkostemp(char *template, int flags) { return mkostemps(template, 0, flags); }
int mkstemps(char *template, int keep) { return mkostemps(template, keep, 0); }

char *mkdtemp(char *template) {
    char *xs = template_suffix(template, 0);
    int i;
    if (xs == NULL)
        return NULL;
    for (i = 0; i < ATTEMPTS; i++) {
        fill_suffix(xs, 6);
        if (mkdir(template, 0700) == 0)
            return template;
        if (errno != EEXIST)
            return NULL;
    }
    errno = EEXIST;
    return NULL;
}

char *tmpnam(char *buf) {
    static char own[L_tmpnam];
    char name[sizeof(NAME_PREFIX) + SUFFIX_LEN];
    int i;
    _Static_assert(sizeof(name) <= L_tmpnam, "L_tmpnam too small");
    if (buf == NULL)
        buf = own;
    ensure_tmp_dir();
    memcpy(name, NAME_PREFIX, sizeof(NAME_PREFIX) - 1);
    for (i = 0; i < TMP_MAX; i++) {
        struct stat st;
        fill_suffix(name + sizeof(NAME_PREFIX) - 1, SUFFIX_LEN);
        name[sizeof(name) - 1] = '\0';
        if (lstat(name, &st) != 0 && errno == ENOENT) {
            memcpy(buf, name, sizeof(name));
            return buf;
        }
    }
    return NULL;
}

FILE *tmpfile(void) {
    char name[] = NAME_PREFIX "XXXXXX";
    FILE *f;
    int fd;
    ensure_tmp_dir();
    fd = mkstemp(name);
    if (fd < 0)
        return NULL;
    f = fdopen(fd, "w+");
    if (f == NULL) {
        int saved = errno;
        close(fd);
        unlink(name);
        errno = saved;
        return NULL;
    }
    /* The file has no name from now on and disappears when closed. */
    unlink(name);
    return f;
}

/* tempnam: a new name in `dir` (TMPDIR wins when it is set, P_tmpdir when
 * neither names a folder), starting with up to 5 characters of `prefix`;
 * the caller frees it. */
char *tempnam(const char *dir, const char *prefix) {
    const char *env = getenv("TMPDIR");
    struct stat st;
    if (env && stat(env, &st) == 0 && S_ISDIR(st.st_mode))
        dir = env;
    else if (!dir || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        ensure_tmp_dir();
        dir = P_tmpdir;
    }
    if (!prefix)
        prefix = "file";
    size_t size = strlen(dir) + 1 + 5 + SUFFIX_LEN + 1;
    char *name = malloc(size);
    if (!name)
        return NULL;
    for (int i = 0; i < TMP_MAX; i++) {
        int n = snprintf(name, size, "%s/%.5s", dir, prefix);
        fill_suffix(name + n, SUFFIX_LEN);
        name[n + SUFFIX_LEN] = '\0';
        if (lstat(name, &st) != 0 && errno == ENOENT)
            return name;
    }
    free(name);
    errno = EEXIST;
    return NULL;
}
