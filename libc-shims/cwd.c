/* chdir() that keeps the working directory normalised. wasi-libc's chdir
 * appends the path as given, so after chdir("..") getcwd() answers
 * "/a/b/.." where a native program sees "/a". The driver links with
 * --wrap=chdir, so calls reach this function, which resolves "." and ".."
 * and hands wasi-libc's chdir a clean absolute path. */

#include <limits.h>
#include <unistd.h>

#include "path.h"

int __real_chdir(const char *path);

int __wrap_chdir(const char *path) {
    char buf[PATH_MAX];
    if (__wasmcc_resolve_path(path, buf, 0) != 0)
        return -1;
    return __real_chdir(buf);
}
