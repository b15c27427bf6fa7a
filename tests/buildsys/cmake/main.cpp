#include <cstdio>
#include <string>

#include "extra.h"

extern "C" void greet(int arguments);

int main(int argc, char **argv) {
    greet(argc - 1);
    std::string rest = ", extra: " + std::to_string(extra());
    std::printf("%s\n", rest.c_str());
    return 0;
}
