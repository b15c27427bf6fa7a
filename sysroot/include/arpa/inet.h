/*
 * <arpa/inet.h>: wasi-libc's, plus the IPv4 text conversions it declares
 * or hides but does not build (libc-shims/netdb.c).
 */
#ifndef WASMCC_ARPA_INET_H
#define WASMCC_ARPA_INET_H

#include_next <arpa/inet.h>

#ifdef __cplusplus
extern "C" {
#endif

in_addr_t inet_addr(const char *);
char *inet_ntoa(struct in_addr);

#ifdef __cplusplus
}
#endif

#endif
