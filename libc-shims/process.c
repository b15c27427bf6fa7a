/*
 * Processes: a WebAssembly program has no shell and cannot start another
 * program. `system` answers the way POSIX prescribes for a system without a
 * command processor: `system(NULL)` is 0 ("no shell"), and any command fails
 * with -1 and errno ENOSYS.
 */
#include <errno.h>
#include <stdlib.h>

int system(const char *command) {
    if (command == NULL)
        return 0;
    errno = ENOSYS;
    return -1;
}
