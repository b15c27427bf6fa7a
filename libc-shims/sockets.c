/* The socket calls WASI cannot make (see sysroot/include/sys/socket.h).
 * There is no network: socket() and socketpair() fail with EAFNOSUPPORT,
 * "the implementation does not support the address family", and every call
 * that takes a socket fails as it does on any other descriptor: ENOTSOCK,
 * or EBADF when the descriptor is not open. */

#include <errno.h>
#include <sys/socket.h>
#include <sys/stat.h>

/* -1 with the errno a call on descriptor fd gets, which is never a socket. */
static int not_a_socket(int fd) {
    struct stat st;
    errno = fstat(fd, &st) == 0 ? ENOTSOCK : EBADF;
    return -1;
}

int socket(int domain, int type, int protocol) {
    (void)domain, (void)type, (void)protocol;
    errno = EAFNOSUPPORT;
    return -1;
}

int socketpair(int domain, int type, int protocol, int fds[2]) {
    (void)domain, (void)type, (void)protocol, (void)fds;
    errno = EAFNOSUPPORT;
    return -1;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len) {
    (void)addr, (void)len;
    return not_a_socket(fd);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len) {
    (void)addr, (void)len;
    return not_a_socket(fd);
}

int listen(int fd, int backlog) {
    (void)backlog;
    return not_a_socket(fd);
}

int getsockname(int fd, struct sockaddr *restrict addr, socklen_t *restrict len) {
    (void)addr, (void)len;
    return not_a_socket(fd);
}

int getpeername(int fd, struct sockaddr *restrict addr, socklen_t *restrict len) {
    (void)addr, (void)len;
    return not_a_socket(fd);
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr,
               socklen_t len) {
    (void)buf, (void)n, (void)flags, (void)addr, (void)len;
    return not_a_socket(fd);
}

ssize_t recvfrom(int fd, void *restrict buf, size_t n, int flags, struct sockaddr *restrict addr,
                 socklen_t *restrict len) {
    (void)buf, (void)n, (void)flags, (void)addr, (void)len;
    return not_a_socket(fd);
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags) {
    (void)msg, (void)flags;
    return not_a_socket(fd);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags) {
    (void)msg, (void)flags;
    return not_a_socket(fd);
}

int setsockopt(int fd, int level, int name, const void *value, socklen_t len) {
    (void)level, (void)name, (void)value, (void)len;
    return not_a_socket(fd);
}
