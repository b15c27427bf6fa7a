// Streams with exceptions() set throw std::ios_base::failure from inside
// the C++ library.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

int main() {
    std::istringstream in("12 abc");
    in.exceptions(std::ios::failbit | std::ios::badbit);
    int a = 0, b = 0;
    try {
        in >> a;
        printf("read %d\n", a);
        in >> b;
        printf("read %d\n", b);
    } catch (const std::ios_base::failure &) {
        printf("failure reading: fail=%d eof=%d\n", in.fail(), in.eof());
    }
    // Setting exceptions() on a stream already failed throws at once.
    std::istringstream bad("x");
    int c;
    bad >> c;
    try {
        bad.exceptions(std::ios::failbit);
        printf("no exception\n");
    } catch (const std::exception &) {
        printf("exceptions() on a failed stream: caught as std::exception\n");
    }
    // Reading past the end with eofbit set.
    std::istringstream eof("7");
    eof.exceptions(std::ios::eofbit);
    try {
        int d;
        eof >> d;
        printf("read %d\n", d);
        eof >> d;
    } catch (const std::ios_base::failure &) {
        printf("eof: failure\n");
    }
    // Opening a missing file.
    std::ifstream f;
    f.exceptions(std::ifstream::failbit);
    try {
        f.open("no-such-file.txt");
        printf("opened\n");
    } catch (const std::ios_base::failure &) {
        printf("open: failure\n");
    }
    // getline on an empty stream.
    std::istringstream empty("");
    empty.exceptions(std::ios::failbit);
    try {
        std::string line;
        std::getline(empty, line);
        printf("got a line\n");
    } catch (const std::ios_base::failure &) {
        printf("getline: failure\n");
    }
    return 0;
}
