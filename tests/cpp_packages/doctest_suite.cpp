// A doctest suite (Debian: doctest-dev): REQUIRE stops a test case by
// throwing, CHECK_THROWS_AS catches by type; doctest's report and status.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <stdexcept>
#include <string>
#include <vector>

static int parse_digit(char c) {
    if (c < '0' || c > '9') throw std::invalid_argument(std::string("not a digit: ") + c);
    return c - '0';
}

TEST_CASE("digits parse") {
    CHECK(parse_digit('7') == 7);
    REQUIRE(parse_digit('0') == 0);
    CHECK_THROWS_AS(parse_digit('x'), std::invalid_argument);
    CHECK_THROWS_WITH(parse_digit('y'), "not a digit: y");
    CHECK_NOTHROW(parse_digit('3'));
}

TEST_CASE("a REQUIRE that fails stops the test case") {
    std::vector<int> v{1, 2, 3};
    REQUIRE(v.size() == 4);
    CHECK(false); // never reached
}

TEST_CASE("a CHECK that fails goes on") {
    CHECK(1 + 1 == 3);
    CHECK(2 * 2 == 4);
}

TEST_CASE("an exception escaping a test case is reported") {
    parse_digit('z');
}

TEST_CASE("CHECK_THROWS_AS with the wrong type fails") {
    CHECK_THROWS_AS(parse_digit('q'), std::out_of_range);
    REQUIRE_THROWS(parse_digit('w'));
}

TEST_CASE("subcases") {
    int x = 1;
    SUBCASE("add") { x += 1; CHECK(x == 2); }
    SUBCASE("mul") { x *= 5; REQUIRE(x == 5); }
}
