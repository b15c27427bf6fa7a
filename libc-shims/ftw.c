/* ftw, the older form of nftw that wasi-libc hides: nftw with the default
 * flags, passing on what the callback sees. */

#include <ftw.h>
#include <stddef.h>

static int (*current)(const char *, const struct stat *, int);

static int adapt(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)ftw;
    return current(path, st, type);
}

int ftw(const char *dir, int (*fn)(const char *, const struct stat *, int), int fds) {
    int (*outer)(const char *, const struct stat *, int) = current;
    current = fn;
    int r = nftw(dir, adapt, fds, 0);
    current = outer;
    return r;
}
