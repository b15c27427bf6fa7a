// A constructor that throws: the members and bases already built are
// destroyed, the rest never were; new[] destroys the elements already made
// and gives the memory back; a new-expression frees its storage through the
// matching operator delete; a std::vector being filled destroys its copies.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <stdexcept>
#include <vector>

static int live = 0;
static int countdown = -1; // the constructor that throws, counting from 0

struct Part {
    int id;
    explicit Part(int i) : id(i) {
        if (countdown == 0) {
            countdown = -1;
            printf("  Part %d throws\n", id);
            throw std::runtime_error("part failed");
        }
        if (countdown > 0) countdown--;
        live++;
        printf("  Part %d made\n", id);
    }
    Part() : Part(100 + live) {}
    Part(const Part &o) : Part(o.id + 1000) {}
    ~Part() {
        live--;
        printf("  Part %d gone\n", id);
    }
};

struct Base {
    Part b{1};
    Base() { printf("  Base body\n"); }
    virtual ~Base() { printf("  ~Base\n"); }
};

struct Whole : Base {
    Part x{2};
    Part y{3};
    Part z{4};
    Whole() { printf("  Whole body\n"); }
    ~Whole() { printf("  ~Whole\n"); }
};

static int class_news = 0, class_deletes = 0;
struct Tracked {
    Part p{7};
    static void *operator new(std::size_t n) {
        class_news++;
        return std::malloc(n);
    }
    static void operator delete(void *q) {
        class_deletes++;
        std::free(q);
    }
};

static void attempt(const char *what, int at, void (*f)()) {
    countdown = at;
    printf("%s, throwing at %d:\n", what, at);
    try {
        f();
        printf("  done\n");
    } catch (const std::runtime_error &e) {
        printf("  caught %s, live %d\n", e.what(), live);
    }
    countdown = -1;
}

int main() {
    for (int at = 0; at <= 4; at++) attempt("Whole", at, [] { Whole w; });
    attempt("new Whole", 2, [] { delete new Whole; });
    attempt("array", 3, [] { Part parts[5]; });
    attempt("new[]", 2, [] { delete[] new Part[4]; });
    attempt("Tracked", 0, [] { delete new Tracked; });
    printf("class new %d delete %d\n", class_news, class_deletes);
    attempt("Tracked ok", -1, [] { delete new Tracked; });
    printf("class new %d delete %d\n", class_news, class_deletes);
    attempt("vector copies", 3, [] {
        Part proto(50);
        countdown = 2;
        std::vector<Part> v(4, proto);
    });
    printf("live at end %d\n", live);
    return live;
}
