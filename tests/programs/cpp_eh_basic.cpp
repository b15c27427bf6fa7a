// Throwing and catching by exact type: fundamental types, classes, strings.
#include <cstdio>
#include <string>

struct Error {
    int code;
    std::string text;
};

int classify(int i) {
    switch (i % 5) {
    case 0: throw i;
    case 1: throw (long)i * 1000;
    case 2: throw Error{i, "error " + std::to_string(i)};
    case 3: throw "a C string";
    default: return i;
    }
}

int main() {
    int total = 0;
    for (int i = 0; i < 12; i++) {
        try {
            total += classify(i);
            printf("%d: returned\n", i);
        } catch (int v) {
            printf("%d: int %d\n", i, v);
        } catch (long v) {
            printf("%d: long %ld\n", i, v);
        } catch (const Error &e) {
            printf("%d: Error %d %s\n", i, e.code, e.text.c_str());
        } catch (const char *s) {
            printf("%d: string %s\n", i, s);
        }
    }
    printf("total %d\n", total);
    return 0;
}
