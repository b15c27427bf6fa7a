/*
 * <sys/socket.h>: wasi-libc's, plus the calls it hides because WASI cannot
 * open sockets. A wasmcc program has no network: socket() fails with
 * EAFNOSUPPORT, and the calls that take a socket fail as they do on a
 * descriptor that is not one (libc-shims/sockets.c). Programs whose network
 * code is optional compile unchanged and take their error path.
 */
#ifndef WASMCC_SYS_SOCKET_H
#define WASMCC_SYS_SOCKET_H

#include_next <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

int socket(int, int, int);
int socketpair(int, int, int, int[2]);
int bind(int, const struct sockaddr *, socklen_t);
int connect(int, const struct sockaddr *, socklen_t);
int listen(int, int);
int getsockname(int, struct sockaddr *__restrict, socklen_t *__restrict);
int getpeername(int, struct sockaddr *__restrict, socklen_t *__restrict);
ssize_t sendto(int, const void *, size_t, int, const struct sockaddr *, socklen_t);
ssize_t recvfrom(int, void *__restrict, size_t, int, struct sockaddr *__restrict,
                 socklen_t *__restrict);
ssize_t sendmsg(int, const struct msghdr *, int);
ssize_t recvmsg(int, struct msghdr *, int);
int setsockopt(int, int, int, const void *, socklen_t);

#ifdef __cplusplus
}
#endif

#endif
