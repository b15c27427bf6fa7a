/* The modes chmod sets, which the stat family reports (stat_modes.c). */
#ifndef WASMCC_SHIMS_STAT_MODES_H
#define WASMCC_SHIMS_STAT_MODES_H

#include <sys/stat.h>

/* Records `perm` as the permission bits of the file `st` describes. */
void __wasmcc_remember_mode(const struct stat *st, mode_t perm);

#endif
