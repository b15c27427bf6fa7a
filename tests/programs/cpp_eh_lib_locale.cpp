// A named locale that does not exist: std::runtime_error from inside the
// C++ library; the classic locale works and is not affected.
#include <cstdio>
#include <locale>
#include <stdexcept>

int main() {
    try {
        std::locale l("nonexistent");
        printf("made a locale\n");
    } catch (const std::runtime_error &) {
        printf("locale(\"nonexistent\"): runtime_error\n");
    }
    try {
        std::locale l(std::locale::classic(), "no_such_LOCALE.UTF-9", std::locale::ctype);
        printf("made a locale\n");
    } catch (const std::exception &) {
        printf("combined locale: caught as std::exception\n");
    }
    std::locale c("C");
    printf("C locale: %s\n", c.name().c_str());
    return 0;
}
