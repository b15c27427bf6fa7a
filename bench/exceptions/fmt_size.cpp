// {fmt} header-only (Debian: libfmt-dev, -DFMT_HEADER_ONLY): ordinary
// formatting with no try/catch of its own, so it builds both with exceptions
// and with -fno-exceptions (FMT_EXCEPTIONS=0: format errors abort).
#include <fmt/core.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <map>
#include <string>
#include <vector>
int main(int argc, char **argv) {
    fmt::print("{} + {} = {}\n", 2, 3, 2 + 3);
    fmt::print("[{:>8}] [{:<8}] [{:^8}]\n", "right", "left", "mid");
    fmt::print("{:08.3f} {:x} {:#o} {:e}\n", 3.14159, 255, 8, 12345.678);
    std::vector<int> v{1, 2, 3};
    std::map<std::string, int> m{{"one", 1}, {"two", 2}};
    fmt::print("{} {}\n", v, m);
    // a format string known only at run time
    std::string f = argc > 1 ? argv[1] : "{1}-{0}-{1}";
    fmt::print("{}\n", fmt::format(fmt::runtime(f), "a", "b"));
    return 0;
}
