// std::string and std::string_view: construction, append, insert, erase,
// replace, find/rfind/find_first_of, substr, compare, iteration, c_str,
// reserve and small-string contents, std::to_string, std::stoi/stol/stod
// with positions, and splitting and joining.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

static std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        size_t end = s.find(sep, start);
        out.emplace_back(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

int main() {
    std::string s = "Hello";
    s += ", ";
    s.append("world");
    s.push_back('!');
    std::cout << s << " size " << s.size() << '\n';
    s.insert(5, " there");
    std::cout << s << '\n';
    s.erase(5, 6);
    s.replace(0, 5, "Goodbye");
    std::cout << s << '\n';
    std::cout << "find world " << s.find("world") << " rfind o " << s.rfind('o')
              << " first of ,! " << s.find_first_of(",!") << " missing "
              << (s.find("xyz") == std::string::npos ? "npos" : "found") << '\n';
    std::cout << "substr [" << s.substr(9, 5) << "] [" << s.substr(s.size() - 3) << "]\n";
    std::string a = "apple", b = "banana";
    std::cout << "compare " << (a < b) << ' ' << (a == "apple") << ' ' << (a.compare(b) < 0)
              << ' ' << (b > a) << '\n';
    std::string upper;
    for (char c : s) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    std::cout << upper << '\n';
    std::string big(1000, 'x');
    big[500] = 'y';
    std::cout << "big " << big.size() << ' ' << big.find('y') << ' ' << std::string(big.c_str()).size()
              << '\n';
    std::cout << "to_string " << std::to_string(42) << ' ' << std::to_string(-17LL) << ' '
              << std::to_string(3.5) << ' ' << std::to_string(1u << 31) << '\n';
    size_t pos;
    int i = std::stoi("  123abc", &pos);
    long l = std::stol("-ff", nullptr, 16);
    double d = std::stod("2.5e3xyz", &pos);
    std::cout << "stoi " << i << " stol " << l << " stod " << d << " pos " << pos << '\n';
    auto parts = split("a,bb,,ccc,", ',');
    std::cout << parts.size() << " parts:";
    for (auto &p : parts) std::cout << " [" << p << ']';
    std::cout << '\n';
    std::string joined;
    for (size_t k = 0; k < parts.size(); k++) joined += (k ? "-" : "") + parts[k];
    std::cout << "joined " << joined << '\n';
    std::string_view view = "  trim me  ";
    view.remove_prefix(view.find_first_not_of(' '));
    view.remove_suffix(view.size() - view.find_last_not_of(' ') - 1);
    std::cout << "trimmed [" << view << "] " << view.size() << '\n';
    std::string moved = std::move(big);
    std::cout << "moved size " << moved.size() << '\n';
    std::string with_nul("a\0b", 3);
    std::cout << "embedded NUL size " << with_nul.size() << '\n';
    std::printf("c_str via printf: %s\n", s.c_str());
    return 0;
}
