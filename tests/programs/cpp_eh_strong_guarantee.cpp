// Containers keep their contents when an element's copy throws: a vector's
// push_back that reallocates, insert into a map, and a copy-and-swap
// assignment leave the old state whole (the strong guarantee), with every
// element built destroyed exactly once.
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

static int live = 0;
static int copies_left = 1000;

struct Item {
    int v;
    explicit Item(int x) : v(x) { live++; }
    Item(const Item &o) : v(o.v) {
        if (copies_left-- == 0) throw std::runtime_error("copy of " + std::to_string(v));
        live++;
    }
    Item &operator=(const Item &o) {
        if (copies_left-- == 0) throw std::runtime_error("assign of " + std::to_string(o.v));
        v = o.v;
        return *this;
    }
    ~Item() { live--; }
};

static void show(const char *what, const std::vector<Item> &v) {
    printf("%s: size %zu [", what, v.size());
    for (const Item &i : v) printf(" %d", i.v);
    printf(" ] live %d\n", live);
}

struct Doc {
    std::vector<Item> items;
    std::string title;
    Doc &operator=(const Doc &o) {
        Doc copy(o); // may throw; *this untouched until the swap
        items.swap(copy.items);
        title.swap(copy.title);
        return *this;
    }
};

int main() {
    {
        std::vector<Item> v;
        v.reserve(3);
        for (int i = 1; i <= 3; i++) v.push_back(Item(i * 10));
        show("start", v);
        copies_left = 2; // the push_back that reallocates copies 3 and fails
        try {
            Item extra(99);
            v.push_back(extra);
        } catch (const std::runtime_error &e) {
            printf("push_back failed: %s\n", e.what());
        }
        show("after", v);
        copies_left = 1000;
        v.push_back(Item(40));
        show("grown", v);
    }
    printf("live after scope %d\n", live);
    {
        std::map<int, Item> m;
        m.emplace(1, Item(1));
        copies_left = 0;
        try {
            Item two(2);
            m.insert({2, two});
        } catch (const std::runtime_error &e) {
            printf("map insert failed: %s, size %zu\n", e.what(), m.size());
        }
        copies_left = 1000;
    }
    printf("live after map %d\n", live);
    {
        Doc a{{Item(1), Item(2)}, "a"};
        Doc b{{Item(7), Item(8), Item(9)}, "b"};
        copies_left = 1;
        try {
            a = b;
        } catch (const std::runtime_error &e) {
            printf("assign failed: %s; a is %s with %zu items, first %d\n", e.what(), a.title.c_str(),
                   a.items.size(), a.items[0].v);
        }
        copies_left = 1000;
        a = b;
        printf("assigned: a is %s with %zu items, last %d\n", a.title.c_str(), a.items.size(),
               a.items.back().v);
    }
    printf("live at end %d\n", live);
    return live;
}
