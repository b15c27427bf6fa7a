// std::throw_with_nested and std::rethrow_if_nested: a chain of causes,
// each wrapped by the layer that saw it, printed from the outside in.
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

void print(const std::exception &e, int level = 0) {
    printf("%*s%s\n", level * 2, "", e.what());
    try {
        std::rethrow_if_nested(e);
    } catch (const std::exception &inner) {
        print(inner, level + 1);
    } catch (...) {
        printf("%*s(not a std::exception)\n", (level + 1) * 2, "");
    }
}

void open_file(const std::string &name) {
    if (name.empty()) throw 5;
    throw std::runtime_error("cannot open " + name);
}

void load(const std::string &name) {
    try {
        open_file(name);
    } catch (...) {
        std::throw_with_nested(std::runtime_error("load failed: " + name));
    }
}

void start(const std::string &name) {
    try {
        load(name);
    } catch (...) {
        std::throw_with_nested(std::logic_error("start failed"));
    }
}

int main() {
    for (const char *name : {"config.ini", ""}) {
        try {
            start(name);
        } catch (const std::exception &e) {
            print(e);
        }
    }
    return 0;
}
