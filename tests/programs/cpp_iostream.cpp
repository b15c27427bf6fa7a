// iostream formatting: integers in dec/hex/oct with showbase and uppercase,
// widths with left/right/internal fill, floating point in default, fixed
// and scientific notation with precision, booleans, chars and strings,
// std::endl flushing, and reading from a std::istringstream.
#include <iostream>
#include <iomanip>
#include <sstream>
#include <string>

int main() {
    std::cout << "ints: " << 42 << ' ' << -7 << ' ' << 0 << ' ' << 123456789012LL << '\n';
    std::cout << std::hex << 255 << ' ' << std::showbase << 255 << ' ' << std::uppercase << 255
              << std::nouppercase << std::noshowbase << std::dec << '\n';
    std::cout << std::oct << 8 << ' ' << std::showbase << 8 << std::noshowbase << std::dec << '\n';
    std::cout << '[' << std::setw(8) << 42 << "] [" << std::left << std::setw(8) << 42 << "] ["
              << std::right << std::setfill('0') << std::setw(8) << -42 << "] ["
              << std::internal << std::setw(8) << -42 << std::setfill(' ') << "]\n";
    std::cout << std::showpos << 5 << ' ' << 0 << ' ' << -5 << std::noshowpos << '\n';
    double values[] = {3.14159265358979, 0.0001234, 123456789.0, 1e-10, 2.5, 100.0};
    for (double v : values) {
        std::cout << v << " | " << std::fixed << std::setprecision(3) << v << " | "
                  << std::scientific << v << " | " << std::defaultfloat << std::setprecision(10)
                  << v << std::setprecision(6) << '\n';
    }
    std::cout << std::showpoint << 2.0 << ' ' << std::noshowpoint << 2.0 << '\n';
    std::cout << true << ' ' << std::boolalpha << true << ' ' << false << std::noboolalpha << '\n';
    std::cout << 'c' << ' ' << static_cast<int>('c') << ' ' << std::string("std::string") << ' '
              << "literal" << std::endl;
    float f = 1.1f;
    std::cout << "float " << f << " as double " << std::setprecision(17) << static_cast<double>(f)
              << std::setprecision(6) << '\n';
    std::istringstream in("12 3.5 word -9 0x1f");
    int a, d;
    double b;
    std::string w, hex;
    in >> a >> b >> w >> d >> hex;
    std::cout << "parsed " << a << ' ' << b << ' ' << w << ' ' << d << ' ' << hex << '\n';
    int bad = 77;
    std::istringstream junk("notanumber");
    junk >> bad;
    std::cout << "failed parse: fail=" << junk.fail() << " value=" << bad << '\n';
    std::ostringstream os;
    os << std::setw(6) << std::setfill('*') << 12 << '|' << std::hex << 48879;
    std::cout << "ostringstream: " << os.str() << '\n';
    std::cout << "no newline at the end";
    return 0;
}
