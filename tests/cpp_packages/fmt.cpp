// {fmt} header-only (Debian: libfmt-dev, built with -DFMT_HEADER_ONLY):
// ordinary formatting, and format errors thrown as fmt::format_error.
#include <fmt/core.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <cstdio>
#include <string>
#include <vector>
#include <map>
int main() {
    fmt::print("{} + {} = {}\n", 2, 3, 2 + 3);
    fmt::print("[{:>8}] [{:<8}] [{:^8}]\n", "right", "left", "mid");
    fmt::print("{:08.3f} {:x} {:#o} {:e}\n", 3.14159, 255, 8, 12345.678);
    std::vector<int> v{1, 2, 3};
    std::map<std::string, int> m{{"one", 1}, {"two", 2}};
    fmt::print("{} {}\n", v, m);
    std::string s = fmt::format("{1}-{0}-{1}", "a", "b");
    fmt::print("{}\n", s);
    const char *bad[] = {"{", "{:d}", "{0} {2}", "{:.{}f}", "}"};
    for (const char *f : bad) {
        try {
            std::string out = fmt::format(fmt::runtime(f), "text", 1);
            fmt::print("formatted '{}'\n", out);
        } catch (const fmt::format_error &e) {
            fmt::print("format_error for '{}': {}\n", f, e.what());
        }
    }
    try {
        fmt::print("{}\n", fmt::format(fmt::runtime("{:s}"), 42));
    } catch (const std::exception &e) {
        fmt::print("as std::exception: {}\n", e.what());
    }
    return 0;
}
