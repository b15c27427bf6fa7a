//! Sockets and name lookups, which a wasmcc program cannot make: it has no
//! network and no resolver. What needs neither (numeric addresses) is
//! checked against a native build by tests/programs/netdb_numeric.c; here
//! are the answers that differ from a connected Linux machine, written from
//! POSIX's errors for an unsupported address family and an unknown name.

mod common;

use common::{node, scratch, stdout, wasmcc};
use std::fs;

#[test]
fn network_calls_fail_as_on_a_system_without_a_network() {
    let d = scratch();
    fs::write(
        d.path().join("net.c"),
        r#"
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

static const char *name(int e) {
    return e == EAFNOSUPPORT ? "EAFNOSUPPORT" : e == ENOTSOCK ? "ENOTSOCK" : e == EBADF ? "EBADF" : "other";
}

int main(void) {
    errno = 0;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    printf("socket: %d %s\n", s, name(errno));
    int pair[2];
    errno = 0;
    printf("socketpair: %d %s\n", socketpair(AF_UNIX, SOCK_STREAM, 0, pair), name(errno));
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    errno = 0;
    int r = connect(0, (struct sockaddr *)&addr, sizeof addr);
    printf("connect(stdin): %d %s\n", r, name(errno));
    errno = 0;
    r = bind(99, (struct sockaddr *)&addr, sizeof addr);
    printf("bind(99): %d %s\n", r, name(errno));

    struct addrinfo *res;
    int e = getaddrinfo("example.com", "80", NULL, &res);
    printf("getaddrinfo(example.com): %s\n", gai_strerror(e));
    e = getaddrinfo("localhost", "80", NULL, &res);
    char host[64];
    getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, NULL, 0, NI_NUMERICHOST);
    printf("localhost: %s, %d answers\n", host, res->ai_next && !res->ai_next->ai_next ? 2 : 0);
    freeaddrinfo(res);
    struct hostent *h = gethostbyname("example.com");
    printf("gethostbyname(example.com): %s, %s\n", h ? "found" : "NULL", hstrerror(h_errno));
    h = gethostbyname("localhost");
    printf("gethostbyname(localhost): %s\n", h ? "127.0.0.1 found" : "NULL");
    printf("getservbyname(http): %s\n", getservbyname("http", "tcp") ? "found" : "NULL");
    return 0;
}
"#,
    )
    .unwrap();
    let js = d.path().join("net.js");
    let built = wasmcc(["net.c", "-o", "net.js"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let out = node(&js, &[], b"", d.path());
    // socket(): "the implementation does not support the address family";
    // a descriptor that is open but not a socket gives ENOTSOCK, one that is
    // not open EBADF. Names other than localhost are unknown (no resolver),
    // "localhost" is the loopback address (stream and datagram answers), and
    // there is no services database.
    assert_eq!(
        stdout(&out),
        "socket: -1 EAFNOSUPPORT\n\
         socketpair: -1 EAFNOSUPPORT\n\
         connect(stdin): -1 ENOTSOCK\n\
         bind(99): -1 EBADF\n\
         getaddrinfo(example.com): Name or service not known\n\
         localhost: 127.0.0.1, 2 answers\n\
         gethostbyname(example.com): NULL, Unknown host\n\
         gethostbyname(localhost): 127.0.0.1 found\n\
         getservbyname(http): NULL\n"
    );
}
