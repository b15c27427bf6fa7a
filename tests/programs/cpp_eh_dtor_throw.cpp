// A destructor declared noexcept(false) may throw when no exception is in
// flight, and the caller catches it; one that throws while another
// exception unwinds its frame calls std::terminate (status 134).
#include <cstdio>
#include <exception>
#include <stdexcept>

struct Loud {
    const char *name;
    bool explode;
    ~Loud() noexcept(false) {
        printf("~Loud %s, uncaught %d\n", name, std::uncaught_exceptions());
        fflush(stdout);
        if (explode) throw std::runtime_error(name);
    }
};

int main() {
    try {
        Loud a{"alone", true};
        printf("leaving scope\n");
    } catch (const std::runtime_error &e) {
        printf("caught from destructor: %s\n", e.what());
    }
    try {
        Loud quiet{"quiet", false};
        throw 1;
    } catch (int) {
        printf("caught 1 after a quiet destructor\n");
    }
    fflush(stdout);
    try {
        Loud b{"during unwinding", true};
        throw std::logic_error("first");
    } catch (...) {
        printf("never reached\n");
    }
    printf("never reached either\n");
    return 0;
}
