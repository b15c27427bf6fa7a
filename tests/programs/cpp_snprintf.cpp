// C library calls from C++: std::snprintf into std::string and
// std::vector<char> buffers (sizing with a first call of size 0), printf of
// c_str(), std::sscanf, std::strtod, std::qsort with a captureless lambda,
// <cstring> functions, and mixing printf with std::cout on one stream
// (synchronised with stdio by default).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

template <typename... Args> static std::string format(const char *fmt, Args... args) {
    int n = std::snprintf(nullptr, 0, fmt, args...);
    std::string out(static_cast<size_t>(n), '\0');
    std::snprintf(out.data(), out.size() + 1, fmt, args...);
    return out;
}

int main() {
    std::string s = format("%s has %d items costing %.2f (%x)", "cart", 3, 19.989, 0xbeef);
    std::cout << s << " [" << s.size() << "]\n";
    std::printf("printf of c_str: %s\n", s.c_str());
    std::cout << "cout then ";
    std::printf("printf then ");
    std::cout << "cout again\n";
    std::vector<char> buf(8);
    int need = std::snprintf(buf.data(), buf.size(), "%d-%d-%d", 2024, 12, 31);
    std::cout << "needed " << need << " got '" << buf.data() << "'\n";
    buf.resize(static_cast<size_t>(need) + 1);
    std::snprintf(buf.data(), buf.size(), "%d-%d-%d", 2024, 12, 31);
    std::cout << "resized '" << buf.data() << "'\n";
    int a = 0;
    char name[16] = {0};
    double v = 0;
    int got = std::sscanf("id=17 name=probe value=-2.5", "id=%d name=%15s value=%lf", &a, name, &v);
    std::cout << "sscanf " << got << ' ' << a << ' ' << name << ' ' << v << '\n';
    char *end = nullptr;
    double d = std::strtod("6.25 rest", &end);
    std::cout << "strtod " << d << " rest '" << end << "'\n";
    int arr[] = {9, -3, 7, 0, 12, -8};
    std::qsort(arr, 6, sizeof(int), [](const void *x, const void *y) {
        int p = *static_cast<const int *>(x), q = *static_cast<const int *>(y);
        return (p > q) - (p < q);
    });
    for (int x : arr) std::printf("%d ", x);
    std::printf("\n");
    char text[32];
    std::strcpy(text, "c++ and c");
    std::strcat(text, " together");
    std::cout << text << " len " << std::strlen(text) << " cmp " << (std::strcmp(text, "c++") > 0) << '\n';
    std::string table;
    for (int i = 1; i <= 3; i++) table += format("|%-6s|%6.3f|\n", std::string(static_cast<size_t>(i), '#').c_str(), 1.0 / i);
    std::cout << table;
    std::fputs("fputs to stdout\n", stdout);
    std::cout.flush();
    return 0;
}
