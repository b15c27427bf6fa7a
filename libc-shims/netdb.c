/* <netdb.h> without a network or a resolver (see sysroot/include/netdb.h):
 * numeric addresses, "localhost" and numeric ports are answered; any other
 * host name is not found, and there is no services or protocols database.
 * Also the IPv4 text conversions of <arpa/inet.h> that wasi-libc lacks. */

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int h_errno;

/* One answer: the addrinfo and its address in one allocation, freed whole. */
struct answer {
    struct addrinfo info;
    union {
        struct sockaddr_in v4;
        struct sockaddr_in6 v6;
    } addr;
};

/* The port of a numeric service, or -1. */
static int numeric_port(const char *service) {
    char *end;
    unsigned long port = strtoul(service, &end, 10);
    return *service && !*end && port <= 65535 ? (int)port : -1;
}

/* Appends one answer per socket type asked for (both when none is). */
static int add_answers(struct addrinfo ***tail, int family, const void *address, int port,
                       const struct addrinfo *hints) {
    static const int types[][2] = {{SOCK_STREAM, IPPROTO_TCP}, {SOCK_DGRAM, IPPROTO_UDP}};
    for (size_t i = 0; i < 2; i++) {
        if (hints && hints->ai_socktype && hints->ai_socktype != types[i][0])
            continue;
        struct answer *a = calloc(1, sizeof *a);
        if (!a)
            return EAI_MEMORY;
        a->info.ai_family = family;
        a->info.ai_socktype = types[i][0];
        a->info.ai_protocol = types[i][1];
        a->info.ai_addr = (struct sockaddr *)&a->addr;
        if (family == AF_INET) {
            a->addr.v4.sin_family = AF_INET;
            a->addr.v4.sin_port = htons((uint16_t)port);
            memcpy(&a->addr.v4.sin_addr, address, sizeof a->addr.v4.sin_addr);
            a->info.ai_addrlen = sizeof a->addr.v4;
        } else {
            a->addr.v6.sin6_family = AF_INET6;
            a->addr.v6.sin6_port = htons((uint16_t)port);
            memcpy(&a->addr.v6.sin6_addr, address, sizeof a->addr.v6.sin6_addr);
            a->info.ai_addrlen = sizeof a->addr.v6;
        }
        **tail = &a->info;
        *tail = &a->info.ai_next;
    }
    return 0;
}

int getaddrinfo(const char *restrict node, const char *restrict service,
                const struct addrinfo *restrict hints, struct addrinfo **restrict res) {
    int family = hints ? hints->ai_family : AF_UNSPEC;
    int flags = hints ? hints->ai_flags : 0;
    if (!node && !service)
        return EAI_NONAME;
    if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6)
        return EAI_FAMILY;
    if (hints && hints->ai_socktype && hints->ai_socktype != SOCK_STREAM &&
        hints->ai_socktype != SOCK_DGRAM)
        return EAI_SOCKTYPE;
    int port = service ? numeric_port(service) : 0;
    if (port < 0)
        return EAI_SERVICE;

    struct in_addr v4;
    struct in6_addr v6;
    bool have4 = false, have6 = false;
    if (!node || strcmp(node, "localhost") == 0) {
        bool any = !node && (flags & AI_PASSIVE);
        v4.s_addr = htonl(any ? INADDR_ANY : INADDR_LOOPBACK);
        v6 = any ? in6addr_any : in6addr_loopback;
        have4 = family != AF_INET6;
        have6 = family == AF_INET6;
    } else if (inet_pton(AF_INET, node, &v4) == 1) {
        have4 = true;
    } else if (inet_pton(AF_INET6, node, &v6) == 1) {
        have6 = true;
    } else {
        return EAI_NONAME; /* no resolver */
    }
    if ((have4 && family == AF_INET6) || (have6 && family == AF_INET))
        return EAI_ADDRFAMILY;

    struct addrinfo *first = NULL, **tail = &first;
    int r = have4 ? add_answers(&tail, AF_INET, &v4, port, hints)
                  : add_answers(&tail, AF_INET6, &v6, port, hints);
    if (r) {
        freeaddrinfo(first);
        return r;
    }
    *res = first;
    return 0;
}

void freeaddrinfo(struct addrinfo *info) {
    while (info) {
        struct addrinfo *next = info->ai_next;
        free(info); /* the address is in the same allocation */
        info = next;
    }
}

const char *gai_strerror(int code) {
    switch (code) {
    case 0: return "Success";
    case EAI_BADFLAGS: return "Bad value for ai_flags";
    case EAI_NONAME: return "Name or service not known";
    case EAI_AGAIN: return "Temporary failure in name resolution";
    case EAI_FAIL: return "Non-recoverable failure in name resolution";
    case EAI_FAMILY: return "ai_family not supported";
    case EAI_SOCKTYPE: return "ai_socktype not supported";
    case EAI_SERVICE: return "Servname not supported for ai_socktype";
    case EAI_ADDRFAMILY: return "Address family for hostname not supported";
    case EAI_MEMORY: return "Memory allocation failure";
    case EAI_SYSTEM: return "System error";
    case EAI_OVERFLOW: return "Argument buffer overflow";
    default: return "Unknown error";
    }
}

int getnameinfo(const struct sockaddr *restrict addr, socklen_t addrlen, char *restrict host,
                socklen_t hostlen, char *restrict serv, socklen_t servlen, int flags) {
    const void *where;
    int port;
    if (addr->sa_family == AF_INET && addrlen >= sizeof(struct sockaddr_in)) {
        where = &((const struct sockaddr_in *)addr)->sin_addr;
        port = ntohs(((const struct sockaddr_in *)addr)->sin_port);
    } else if (addr->sa_family == AF_INET6 && addrlen >= sizeof(struct sockaddr_in6)) {
        where = &((const struct sockaddr_in6 *)addr)->sin6_addr;
        port = ntohs(((const struct sockaddr_in6 *)addr)->sin6_port);
    } else {
        return EAI_FAMILY;
    }
    /* No resolver: a name was required and none can be found. */
    if (flags & NI_NAMEREQD)
        return EAI_NONAME;
    if (host && hostlen && !inet_ntop(addr->sa_family, where, host, hostlen))
        return EAI_OVERFLOW;
    if (serv && servlen && snprintf(serv, servlen, "%d", port) >= (int)servlen)
        return EAI_OVERFLOW;
    return 0;
}

/* gethostbyname's one answer, as its callers expect, in static storage. */
static struct {
    struct hostent host;
    char name[INET6_ADDRSTRLEN];
    struct in_addr addr;
    char *addrs[2];
    char *aliases[1];
} last;

struct hostent *gethostbyname(const char *name) {
    struct in_addr addr;
    if (strcmp(name, "localhost") == 0)
        addr.s_addr = htonl(INADDR_LOOPBACK);
    else if (inet_pton(AF_INET, name, &addr) != 1) {
        h_errno = HOST_NOT_FOUND; /* no resolver */
        return NULL;
    }
    snprintf(last.name, sizeof last.name, "%s", name);
    last.addr = addr;
    last.addrs[0] = (char *)&last.addr;
    last.addrs[1] = NULL;
    last.aliases[0] = NULL;
    last.host = (struct hostent){last.name, last.aliases, AF_INET, sizeof addr, last.addrs};
    return &last.host;
}

struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type) {
    (void)addr, (void)len, (void)type;
    h_errno = HOST_NOT_FOUND;
    return NULL;
}

struct servent *getservbyname(const char *name, const char *proto) {
    (void)name, (void)proto;
    return NULL;
}

struct servent *getservbyport(int port, const char *proto) {
    (void)port, (void)proto;
    return NULL;
}

struct protoent *getprotobyname(const char *name) {
    (void)name;
    return NULL;
}

struct protoent *getprotobynumber(int proto) {
    (void)proto;
    return NULL;
}

const char *hstrerror(int code) {
    switch (code) {
    case HOST_NOT_FOUND: return "Unknown host";
    case TRY_AGAIN: return "Host name lookup failure";
    case NO_RECOVERY: return "Unknown server error";
    case NO_DATA: return "No address associated with name";
    default: return "Unknown resolver error";
    }
}

void herror(const char *prefix) {
    if (prefix && *prefix)
        fprintf(stderr, "%s: %s\n", prefix, hstrerror(h_errno));
    else
        fprintf(stderr, "%s\n", hstrerror(h_errno));
}

in_addr_t inet_addr(const char *text) {
    struct in_addr addr;
    return inet_aton(text, &addr) ? addr.s_addr : (in_addr_t)-1;
}

/* inet_aton accepts what inet_addr does: the dotted forms a, a.b, a.b.c and
 * a.b.c.d, each part decimal, octal (leading 0) or hex (0x). */
int inet_aton(const char *text, struct in_addr *out) {
    unsigned long parts[4];
    int n = 0;
    const char *p = text;
    for (;;) {
        char *end;
        if (n == 4 || !((*p >= '0' && *p <= '9')))
            return 0;
        parts[n++] = strtoul(p, &end, 0);
        if (*end == '\0')
            break;
        if (*end != '.')
            return 0;
        p = end + 1;
    }
    unsigned long value;
    switch (n) {
    case 1:
        value = parts[0];
        break;
    case 2:
        if (parts[0] > 0xff || parts[1] > 0xffffff)
            return 0;
        value = parts[0] << 24 | parts[1];
        break;
    case 3:
        if (parts[0] > 0xff || parts[1] > 0xff || parts[2] > 0xffff)
            return 0;
        value = parts[0] << 24 | parts[1] << 16 | parts[2];
        break;
    default:
        for (int i = 0; i < 4; i++)
            if (parts[i] > 0xff)
                return 0;
        value = parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3];
    }
    if (value > 0xffffffffUL)
        return 0;
    out->s_addr = htonl((uint32_t)value);
    return 1;
}

char *inet_ntoa(struct in_addr addr) {
    static char text[INET_ADDRSTRLEN];
    return (char *)inet_ntop(AF_INET, &addr, text, sizeof text);
}
