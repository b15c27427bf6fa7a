// nlohmann::json (Debian: nlohmann-json3-dev): parse errors and type errors
// reach the program as exceptions, with the library's what() text.
#include <nlohmann/json.hpp>
#include <cstdio>
#include <iostream>
using json = nlohmann::json;
int main() {
    const char *inputs[] = {"{\"a\": [1, 2, 3], \"b\": \"text\"}", "{\"a\": [1, 2,", "[1, 2] x", "{\"k\": tru}", ""};
    for (const char *in : inputs) {
        try {
            json j = json::parse(in);
            std::cout << "parsed " << j.dump() << "\n";
            std::cout << "b is " << j.at("b").get<std::string>() << "\n";
            int n = j.at("b").get<int>();
            std::cout << "never " << n << "\n";
        } catch (const json::parse_error &e) {
            std::cout << "parse_error id " << e.id << " byte " << e.byte << ": " << e.what() << "\n";
        } catch (const json::type_error &e) {
            std::cout << "type_error id " << e.id << ": " << e.what() << "\n";
        }
    }
    json j = {{"x", 1}, {"list", {1, 2, 3}}};
    try { j.at("missing"); } catch (const json::out_of_range &e) { std::cout << e.what() << "\n"; }
    try { j["list"].at(7); } catch (const json::exception &e) { std::cout << e.id << " " << e.what() << "\n"; }
    try { j["x"].push_back(3); } catch (const json::exception &e) { std::cout << e.id << " " << e.what() << "\n"; }
    std::cout << j.dump(2) << "\n";
    json bad = json::parse("{\"x\": 1", nullptr, false);
    std::cout << "discarded " << bad.is_discarded() << "\n";
    return j["x"].get<int>() + 2;
}
