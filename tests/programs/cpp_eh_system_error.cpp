// std::system_error carries a std::error_code: its category, a comparison
// with std::errc, and what() naming the message; a category of the
// program's own, and errors converted to codes and back to exceptions.
#include <cstdio>
#include <string>
#include <system_error>

enum class ParseErr { ok = 0, empty = 1, bad_digit = 2, too_long = 3 };

struct ParseCategory : std::error_category {
    const char *name() const noexcept override { return "parse"; }
    std::string message(int v) const override {
        switch (static_cast<ParseErr>(v)) {
        case ParseErr::ok: return "ok";
        case ParseErr::empty: return "empty input";
        case ParseErr::bad_digit: return "not a digit";
        case ParseErr::too_long: return "too many digits";
        }
        return "unknown parse error";
    }
};

const std::error_category &parse_category() {
    static ParseCategory c;
    return c;
}

namespace std {
template <> struct is_error_code_enum<ParseErr> : true_type {};
}
std::error_code make_error_code(ParseErr e) { return {static_cast<int>(e), parse_category()}; }

int parse(const std::string &s) {
    if (s.empty()) throw std::system_error(ParseErr::empty, "parse('')");
    if (s.size() > 6) throw std::system_error(make_error_code(ParseErr::too_long), "parse(" + s + ")");
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') throw std::system_error(ParseErr::bad_digit);
        v = v * 10 + (c - '0');
    }
    return v;
}

void open_thing(int k) {
    switch (k) {
    case 0: throw std::system_error(std::make_error_code(std::errc::no_such_file_or_directory), "open");
    case 1: throw std::system_error(std::make_error_code(std::errc::permission_denied));
    case 2: throw std::system_error(static_cast<int>(std::errc::invalid_argument), std::generic_category(), "ioctl");
    }
}

int main() {
    const char *inputs[] = {"123", "", "12x", "12345678", "0"};
    for (const char *in : inputs) {
        try {
            printf("parsed %d\n", parse(in));
        } catch (const std::system_error &e) {
            const std::error_code &c = e.code();
            printf("system_error %s:%d '%s' what='%s'\n", c.category().name(), c.value(),
                   c.message().c_str(), e.what());
            printf("  is bad_digit: %d, is empty: %d, bool %d\n", c == ParseErr::bad_digit,
                   c == make_error_code(ParseErr::empty), (bool)c);
        }
    }
    for (int k = 0; k < 3; k++) {
        try {
            open_thing(k);
        } catch (const std::runtime_error &e) {
            // system_error is a runtime_error: caught through its base.
            const auto &se = dynamic_cast<const std::system_error &>(e);
            printf("%d: category %s enoent %d eacces %d einval %d what='%s'\n", k,
                   se.code().category().name(),
                   se.code() == std::errc::no_such_file_or_directory,
                   se.code() == std::errc::permission_denied,
                   se.code() == std::errc::invalid_argument, e.what());
        }
    }
    std::error_code ec;
    printf("default code: %d %s %d\n", ec.value(), ec.category().name(), (bool)ec);
    try {
        throw std::system_error(ec, "nothing wrong");
    } catch (std::exception &e) {
        printf("caught as std::exception: %s\n", std::string(e.what()).substr(0, 13).c_str());
    }
    return 0;
}
