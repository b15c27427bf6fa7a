/* Path resolution shared by chdir() and realpath(). */
#ifndef WASMCC_SHIMS_PATH_H
#define WASMCC_SHIMS_PATH_H

/* Writes the absolute form of `path` into `out` (PATH_MAX bytes): "." and
 * ".." and repeated slashes resolved against the working directory. With
 * `check`, as realpath() does, every component must exist, all but the last
 * must be directories, and symbolic links are followed. Returns 0, or -1
 * with errno set. */
int __wasmcc_resolve_path(const char *path, char *out, int check);

#endif
