// Reads text from std::cin with std::getline and operator>>, counts word
// frequencies in a std::map after lowercasing and stripping punctuation,
// and prints the top words (ties broken alphabetically) and line stats.
#include <algorithm>
#include <cctype>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

int main() {
    std::map<std::string, int> freq;
    std::string line;
    int lines = 0, words = 0;
    size_t longest = 0;
    while (std::getline(std::cin, line)) {
        lines++;
        longest = std::max(longest, line.size());
        std::istringstream in(line);
        std::string w;
        while (in >> w) {
            std::string clean;
            for (char c : w)
                if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'')
                    clean += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (clean.empty()) continue;
            words++;
            freq[clean]++;
        }
    }
    std::vector<std::pair<std::string, int>> ranked(freq.begin(), freq.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::cout << lines << " lines, " << words << " words, " << freq.size() << " distinct, longest line "
              << longest << '\n';
    for (size_t i = 0; i < ranked.size() && i < 8; i++)
        std::cout << std::setw(2) << i + 1 << ". " << std::left << std::setw(10) << ranked[i].first
                  << std::right << std::setw(3) << ranked[i].second << '\n';
    std::cout << "eof " << std::cin.eof() << '\n';
    return 0;
}
