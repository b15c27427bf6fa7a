/*
 * <sys/ioctl.h>: wasi-libc's (FIONREAD, FIONBIO) and the terminal requests
 * programs ask of their terminal, with Linux's values: TIOCGWINSZ reads the
 * window's rows and columns (libc-shims/ioctl.c), TIOCSWINSZ is refused
 * (the page sizes the terminal, not the program).
 */
#ifndef WASMCC_SYS_IOCTL_H
#define WASMCC_SYS_IOCTL_H

#include_next <sys/ioctl.h>

#ifdef __cplusplus
extern "C" {
#endif

struct winsize {
    unsigned short ws_row;
    unsigned short ws_col;
    unsigned short ws_xpixel;
    unsigned short ws_ypixel;
};

#define TCGETS 0x5401
#define TCSETS 0x5402
#define TCSETSW 0x5403
#define TCSETSF 0x5404
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define TIOCINQ FIONREAD

#ifdef __cplusplus
}
#endif

#endif
