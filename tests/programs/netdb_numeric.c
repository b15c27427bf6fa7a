/* Host and service names that need no resolver: numeric IPv4 and IPv6
 * addresses and ports through getaddrinfo and getnameinfo, and the IPv4
 * text conversions of <arpa/inet.h>. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

static void show(const char *node, const char *service, int family, int flags) {
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = flags;
    int r = getaddrinfo(node, service, &hints, &res);
    printf("%s %s: ", node ? node : "(null)", service ? service : "(null)");
    if (r != 0) {
        printf("%s\n", gai_strerror(r));
        return;
    }
    for (struct addrinfo *a = res; a; a = a->ai_next) {
        char host[NI_MAXHOST], serv[NI_MAXSERV];
        int e = getnameinfo(a->ai_addr, a->ai_addrlen, host, sizeof host, serv, sizeof serv,
                            NI_NUMERICHOST | NI_NUMERICSERV);
        /* The size of the address structure (wasi-libc's sockaddr_in6 is
         * larger than glibc's). */
        size_t size = a->ai_family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6);
        printf("[%s family %s proto %d len %s -> %s port %s] ", e ? gai_strerror(e) : "ok",
               a->ai_family == AF_INET ? "inet" : "inet6", a->ai_protocol,
               a->ai_addrlen == size ? "ok" : "wrong", host, serv);
    }
    printf("\n");
    freeaddrinfo(res);
}

int main(void) {
    show("127.0.0.1", "80", AF_INET, 0);
    show("10.20.30.40", "8080", AF_UNSPEC, AI_NUMERICHOST | AI_NUMERICSERV);
    show("::1", "443", AF_INET6, 0);
    show("fe80::1:2", NULL, AF_UNSPEC, AI_NUMERICHOST);
    show(NULL, "9000", AF_INET, AI_PASSIVE);
    show("not an address", "80", AF_UNSPEC, AI_NUMERICHOST);
    show("::1", "80", AF_INET, AI_NUMERICHOST);

    const char *texts[] = {"192.168.1.20", "10.1", "127.1", "0x7f.1", "1.2.3.256", "300", "a.b.c.d", ""};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        struct in_addr a;
        int ok = inet_aton(texts[i], &a);
        printf("inet_aton(%s): %d %s, inet_addr: 0x%08x\n", texts[i], ok, ok ? inet_ntoa(a) : "-",
               (unsigned)ntohl(inet_addr(texts[i])));
    }
    return 0;
}
