/*
 * <fcntl.h>: wasi-libc's, plus Linux's F_SETSIG and F_GETSIG, which
 * programs written for signal-driven I/O name. No descriptor here raises
 * signals, so fcntl() refuses them (EINVAL) as it does any command WASI
 * lacks.
 */
#ifndef WASMCC_FCNTL_H
#define WASMCC_FCNTL_H

#include_next <fcntl.h>

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#ifndef F_SETSIG
#define F_SETSIG 10
#define F_GETSIG 11
#endif
#endif

#endif
