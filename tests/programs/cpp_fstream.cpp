// File streams: write, append, read back by line, by word and in binary,
// seek and tell in an fstream, and the failures a missing file gives.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main() {
    {
        std::ofstream out("notes.txt");
        out << "alpha 1\nbeta 22\n";
        out << 3.5 << ' ' << -7 << '\n';
    }
    {
        std::ofstream out("notes.txt", std::ios::app);
        out << "gamma 333\n";
    }
    std::ifstream in("notes.txt");
    std::string line;
    int lines = 0;
    while (std::getline(in, line))
        std::cout << ++lines << ": [" << line << "]\n";
    std::cout << "eof " << in.eof() << " fail " << in.fail() << "\n";

    std::ifstream words("notes.txt");
    std::string word;
    std::vector<std::string> all;
    while (words >> word)
        all.push_back(word);
    std::cout << all.size() << " words, last " << all.back() << "\n";

    {
        std::ofstream bin("data.bin", std::ios::binary);
        for (int i = 0; i < 256; i++)
            bin.put(static_cast<char>(i));
    }
    std::fstream io("data.bin", std::ios::in | std::ios::out | std::ios::binary);
    io.seekg(0, std::ios::end);
    std::cout << "size " << io.tellg() << "\n";
    io.seekp(10);
    io.write("XYZ", 3);
    io.seekg(8);
    char buf[7] = {0};
    io.read(buf, 6);
    std::cout << "read " << io.gcount() << ":";
    for (int i = 0; i < 6; i++)
        std::printf(" %02x", static_cast<unsigned char>(buf[i]));
    std::cout << std::endl;
    io.close();

    std::ifstream again("data.bin", std::ios::binary);
    std::stringstream whole;
    whole << again.rdbuf();
    std::cout << "copied " << whole.str().size() << " bytes, [10] = " << whole.str()[10] << "\n";

    std::ifstream missing("no/such/file.txt");
    std::cout << "missing: open " << missing.is_open() << " good " << missing.good() << "\n";
    std::ofstream nowhere("no/such/dir/out.txt");
    std::cout << "unwritable: open " << nowhere.is_open() << "\n";
    std::cout << "remove " << std::remove("notes.txt") << " then open "
              << std::ifstream("notes.txt").is_open() << "\n";
    return 0;
}
