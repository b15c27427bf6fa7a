// Standard containers: vector (growth, insert, erase), deque, list, map and
// multimap (ordered iteration), set, unordered_map and unordered_set (their
// iteration order is unspecified, so contents are sorted before printing),
// std::array, priority_queue, stack and queue.
#include <algorithm>
#include <array>
#include <deque>
#include <iostream>
#include <list>
#include <map>
#include <queue>
#include <set>
#include <stack>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

template <typename C> static void show(const char *name, const C &c) {
    std::cout << name << ':';
    for (const auto &x : c) std::cout << ' ' << x;
    std::cout << '\n';
}

int main() {
    std::vector<int> v;
    for (int i = 0; i < 20; i++) v.push_back(i * i % 17);
    show("vector", v);
    v.insert(v.begin() + 3, 100);
    v.erase(v.begin() + 10, v.begin() + 15);
    v.erase(std::remove(v.begin(), v.end(), 13), v.end());
    show("edited", v);
    std::cout << "size " << v.size() << " front " << v.front() << " back " << v.back() << '\n';
    std::vector<std::vector<int>> grid(3, std::vector<int>(4, 7));
    grid[1][2] = 0;
    int total = 0;
    for (auto &row : grid) for (int x : row) total += x;
    std::cout << "grid total " << total << '\n';

    std::deque<int> dq = {3, 4};
    dq.push_front(2);
    dq.push_back(5);
    dq.push_front(1);
    dq.pop_back();
    show("deque", dq);
    std::list<std::string> lst = {"b", "d"};
    lst.push_front("a");
    lst.insert(std::next(lst.begin(), 2), "c");
    lst.reverse();
    show("list", lst);

    std::map<std::string, int> ages = {{"zoe", 31}, {"adam", 40}, {"mia", 25}};
    ages["bob"] = 19;
    ages["zoe"]++;
    for (auto &[name, age] : ages) std::cout << name << '=' << age << ' ';
    std::cout << "| lower_bound(c) " << ages.lower_bound("c")->first << '\n';
    std::multimap<int, std::string> mm = {{2, "two"}, {1, "one"}, {2, "deux"}, {1, "uno"}};
    std::cout << "multimap count(2) " << mm.count(2) << ':';
    for (auto &p : mm) std::cout << ' ' << p.first << p.second;
    std::cout << '\n';
    std::set<int> st = {5, 1, 9, 1, 5, 3};
    st.erase(9);
    show("set", st);
    std::cout << "set contains 3: " << st.count(3) << " 4: " << st.count(4) << '\n';

    std::unordered_map<std::string, int> counts;
    std::string text = "the cat and the dog and the bird";
    std::string word;
    for (char c : text + " ") {
        if (c == ' ') { if (!word.empty()) counts[word]++; word.clear(); }
        else word += c;
    }
    std::vector<std::pair<std::string, int>> sorted(counts.begin(), counts.end());
    std::sort(sorted.begin(), sorted.end());
    for (auto &p : sorted) std::cout << p.first << ':' << p.second << ' ';
    std::cout << "(" << counts.size() << " distinct)\n";
    std::unordered_set<int> us;
    for (int i = 0; i < 1000; i++) us.insert(i * 7 % 101);
    std::vector<int> usv(us.begin(), us.end());
    std::sort(usv.begin(), usv.end());
    std::cout << "unordered_set size " << us.size() << " min " << usv.front() << " max " << usv.back() << '\n';

    std::array<double, 4> arr = {1.5, 2.5, 3.5, 4.5};
    double sum = 0;
    for (double x : arr) sum += x;
    std::cout << "array size " << arr.size() << " sum " << sum << '\n';
    std::priority_queue<int> pq;
    for (int x : {5, 1, 8, 3, 9, 2}) pq.push(x);
    std::cout << "priority_queue:";
    while (!pq.empty()) { std::cout << ' ' << pq.top(); pq.pop(); }
    std::cout << '\n';
    std::stack<char> stk;
    for (char c : std::string("stack")) stk.push(c);
    std::queue<char> q;
    while (!stk.empty()) { q.push(stk.top()); stk.pop(); }
    std::cout << "reversed via stack: ";
    while (!q.empty()) { std::cout << q.front(); q.pop(); }
    std::cout << '\n';
    return 0;
}
