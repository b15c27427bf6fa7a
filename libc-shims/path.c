/* Path resolution (see path.h) and realpath(), which wasi-libc leaves out:
 * WASI itself has no absolute paths, but wasi-libc keeps a working directory
 * (see cwd.c), so programs see a normal tree rooted at "/". */

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "path.h"

/* More links than this on the way is a loop, as Linux counts. */
#define MAX_LINKS 40

int __wasmcc_resolve_path(const char *path, char *out, int check) {
    char rest[PATH_MAX];
    size_t len;
    int links = 0;
    if (!path) {
        errno = EINVAL;
        return -1;
    }
    if (!*path) {
        errno = ENOENT;
        return -1;
    }
    if (strlen(path) >= sizeof rest) {
        errno = ENAMETOOLONG;
        return -1;
    }
    strcpy(rest, path);
    if (rest[0] == '/') {
        len = 0;
    } else {
        if (!getcwd(out, PATH_MAX))
            return -1;
        len = strlen(out);
        if (len == 1)
            len = 0; /* the root: components are appended after it */
    }
    char *p = rest;
    while (*p) {
        while (*p == '/')
            p++;
        char *end = p;
        while (*end && *end != '/')
            end++;
        size_t n = (size_t)(end - p);
        if (n == 0 || (n == 1 && p[0] == '.')) {
            p = end;
            continue;
        }
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && out[len - 1] != '/')
                len--;
            if (len > 0)
                len--;
            p = end;
            continue;
        }
        if (len + 1 + n >= PATH_MAX) {
            errno = ENAMETOOLONG;
            return -1;
        }
        size_t parent = len;
        out[len++] = '/';
        memcpy(out + len, p, n);
        len += n;
        out[len] = '\0';
        p = end;
        if (!check)
            continue;
        struct stat st;
        if (lstat(out, &st) != 0)
            return -1;
        if (S_ISLNK(st.st_mode)) {
            if (++links > MAX_LINKS) {
                errno = ELOOP;
                return -1;
            }
            char target[PATH_MAX];
            ssize_t t = readlink(out, target, sizeof target - 1);
            if (t < 0)
                return -1;
            /* What is left to resolve becomes the link's target, then the rest. */
            size_t tail = strlen(p);
            if ((size_t)t + 1 + tail >= sizeof rest) {
                errno = ENAMETOOLONG;
                return -1;
            }
            memmove(rest + t + 1, p, tail + 1);
            memcpy(rest, target, (size_t)t);
            rest[t] = '/';
            p = rest;
            len = target[0] == '/' ? 0 : parent;
            continue;
        }
        /* Something follows, so this must be a directory. */
        if (*p && !S_ISDIR(st.st_mode)) {
            errno = ENOTDIR;
            return -1;
        }
    }
    if (len == 0)
        out[len++] = '/';
    out[len] = '\0';
    return 0;
}

char *realpath(const char *restrict path, char *restrict resolved) {
    char buf[PATH_MAX];
    if (__wasmcc_resolve_path(path, buf, 1) != 0)
        return NULL;
    if (!resolved)
        return strdup(buf);
    return strcpy(resolved, buf);
}
