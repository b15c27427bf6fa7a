/* chdir() that keeps the working directory normalised. wasi-libc's chdir
 * appends the path as given, so after chdir("..") getcwd() answers
 * "/a/b/.." where a native program sees "/a". The driver links with
 * --wrap=chdir, so calls reach this function, which resolves "." and ".."
 * and hands wasi-libc's chdir a clean absolute path. */

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

int __real_chdir(const char *path);

int __wrap_chdir(const char *path) {
    char buf[PATH_MAX];
    size_t len;
    if (!path || !*path) {
        errno = ENOENT;
        return -1;
    }
    if (path[0] == '/') {
        len = 0;
    } else {
        if (!getcwd(buf, sizeof buf))
            return -1;
        len = strlen(buf);
        if (len == 1)
            len = 0; /* the root: components are appended after it */
    }
    for (const char *p = path; *p;) {
        while (*p == '/')
            p++;
        const char *end = p;
        while (*end && *end != '/')
            end++;
        size_t n = (size_t)(end - p);
        if (n == 0 || (n == 1 && p[0] == '.')) {
            /* nothing to add */
        } else if (n == 2 && p[0] == '.' && p[1] == '.') {
            while (len > 0 && buf[len - 1] != '/')
                len--;
            if (len > 0)
                len--;
        } else {
            if (len + 1 + n >= sizeof buf) {
                errno = ENAMETOOLONG;
                return -1;
            }
            buf[len++] = '/';
            memcpy(buf + len, p, n);
            len += n;
        }
        p = end;
    }
    if (len == 0)
        buf[len++] = '/';
    buf[len] = '\0';
    return __real_chdir(buf);
}
