// nlohmann::json (Debian: nlohmann-json3-dev) used as programs use it:
// parse, query, modify, serialise. No try/catch of its own, so it builds
// both with exceptions and with -fno-exceptions -DJSON_NOEXCEPTION (the
// library's throws then abort).
#include <nlohmann/json.hpp>
#include <cstdio>
#include <iostream>
#include <string>
using json = nlohmann::json;
int main(int argc, char **argv) {
    std::string text = argc > 1 ? argv[1]
        : "{\"name\": \"wasm\", \"list\": [1, 2.5, \"three\", null, true], \"nested\": {\"k\": [{\"a\": 1}]}}";
    json j = json::parse(text);
    j["count"] = j["list"].size();
    j["nested"]["k"].push_back({{"b", 2}});
    for (auto &[key, value] : j.items()) std::cout << key << ": " << value.type_name() << "\n";
    std::cout << j.at("name").get<std::string>() << " " << j["nested"]["k"][1]["b"].get<int>() << "\n";
    std::cout << j.dump(2) << "\n";
    json bad = json::parse("{\"x\": 1", nullptr, false);
    std::cout << "discarded " << bad.is_discarded() << "\n";
    return 0;
}
