// Boost header-only libraries (Debian: libboost-dev): lexical_cast and
// bad_lexical_cast, optional and bad_optional_access, property_tree JSON
// reading with its parse errors.
#include <boost/lexical_cast.hpp>
#include <boost/optional.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/json_parser.hpp>
#include <iostream>
#include <sstream>
#include <string>

static boost::optional<int> half(int v) {
    if (v % 2) return boost::none;
    return v / 2;
}

int main() {
    const char *numbers[] = {"42", "-7", "12abc", "", "99999999999", " 5"};
    for (const char *s : numbers) {
        try {
            int v = boost::lexical_cast<int>(s);
            std::cout << "int " << v << "\n";
        } catch (const boost::bad_lexical_cast &e) {
            std::cout << "bad_lexical_cast for '" << s << "': " << e.what() << "\n";
        }
    }
    std::cout << boost::lexical_cast<std::string>(3.25) << " " << boost::lexical_cast<double>("1e3") << "\n";
    for (int v : {4, 7}) {
        boost::optional<int> h = half(v);
        std::cout << v << ": " << (h ? "has " : "none ") << h.value_or(-1) << "\n";
        try {
            std::cout << h.value() << "\n";
        } catch (const boost::bad_optional_access &e) {
            std::cout << "bad_optional_access: " << e.what() << "\n";
        }
    }
    const char *docs[] = {
        "{\"name\": \"wasm\", \"size\": 3, \"list\": [\"a\", \"b\"], \"nested\": {\"x\": \"1.5\"}}",
        "{\"name\": \"wasm\", \"size\": }",
        "[1, 2",
    };
    for (const char *doc : docs) {
        std::istringstream in(doc);
        boost::property_tree::ptree tree;
        try {
            boost::property_tree::read_json(in, tree);
            std::cout << "name " << tree.get<std::string>("name") << " size " << tree.get<int>("size")
                      << " x " << tree.get<double>("nested.x") << "\n";
            for (auto &item : tree.get_child("list")) std::cout << "item " << item.second.data() << "\n";
            std::cout << tree.get<int>("name") << "\n";
        } catch (const boost::property_tree::json_parser_error &e) {
            std::cout << "json_parser_error line " << e.line() << ": " << e.message() << " | " << e.what() << "\n";
        } catch (const boost::property_tree::ptree_bad_data &e) {
            std::cout << "ptree_bad_data: " << e.what() << "\n";
        }
    }
    try {
        boost::property_tree::ptree t;
        t.get<int>("missing.path");
    } catch (const boost::property_tree::ptree_error &e) {
        std::cout << "ptree_error: " << e.what() << "\n";
    }
    return 0;
}
