// A function-local static whose initialiser throws is not initialised: the
// next call tries again (the guard is released), and once it succeeds the
// value stays. Thread-local and namespace-scope objects built before main.
#include <cstdio>
#include <stdexcept>
#include <string>

static int attempts = 0;

struct Config {
    std::string name;
    explicit Config(int attempt) : name("config#" + std::to_string(attempt)) {
        printf("  building %s\n", name.c_str());
        if (attempt < 3) throw std::runtime_error("not ready (" + std::to_string(attempt) + ")");
    }
    ~Config() { printf("~Config %s\n", name.c_str()); }
};

const Config &config() {
    static Config c(++attempts);
    return c;
}

int &counter() {
    static int n = [] {
        if (attempts < 10) {
            attempts = 10;
            throw 7;
        }
        return 100;
    }();
    return n;
}

struct Early {
    Early() { printf("Early built before main\n"); }
    ~Early() { printf("Early destroyed after main\n"); }
} early;

int main() {
    for (int i = 0; i < 5; i++) {
        try {
            const Config &c = config();
            printf("call %d: %s\n", i, c.name.c_str());
        } catch (const std::exception &e) {
            printf("call %d: %s\n", i, e.what());
        }
    }
    for (int i = 0; i < 3; i++) {
        try {
            printf("counter %d\n", ++counter());
        } catch (int v) {
            printf("counter threw %d\n", v);
        }
    }
    printf("attempts %d\n", attempts);
    return 0;
}
