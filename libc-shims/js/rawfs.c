/* With -sNODERAWFS the program sees the host's files, so its working
 * directory is the host's too. The driver links this constructor only then
 * (it exports __wasmcc_rawfs_init); otherwise the working directory is the
 * root of the in-memory file system. */

#include <unistd.h>

__attribute__((import_module("env"), import_name("__wasmcc_host_cwd")))
int __wasmcc_host_cwd(char *buf, int len);

__attribute__((constructor)) void __wasmcc_rawfs_init(void) {
    char buf[4096];
    if (__wasmcc_host_cwd(buf, sizeof buf) > 0)
        chdir(buf);
}
