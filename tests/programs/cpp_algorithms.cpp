// <algorithm> and <numeric>: sort with comparators, stable_sort keeping
// equal elements in order, partial_sort, nth_element (only the nth value is
// printed, since the rest of the order is unspecified), binary searches,
// unique, rotate, reverse, next_permutation, accumulate, inner_product,
// partial_sum, iota, transform, count_if, min/max_element, and std::gcd.
#include <algorithm>
#include <functional>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

struct item { std::string name; int weight; };

template <typename C> static void show(const char *label, const C &c) {
    std::cout << label << ':';
    for (const auto &x : c) std::cout << ' ' << x;
    std::cout << '\n';
}

int main() {
    std::vector<int> v(30);
    unsigned seed = 7;
    for (auto &x : v) { seed = seed * 1664525u + 1013904223u; x = static_cast<int>(seed >> 24) % 50; }
    show("data", v);
    auto sorted = v;
    std::sort(sorted.begin(), sorted.end());
    show("sorted", sorted);
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    show("desc", sorted);
    std::vector<item> items = {{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}, {"f", 3}};
    std::stable_sort(items.begin(), items.end(), [](const item &x, const item &y) { return x.weight < y.weight; });
    std::cout << "stable:";
    for (auto &it : items) std::cout << ' ' << it.name << it.weight;
    std::cout << '\n';
    auto part = v;
    std::partial_sort(part.begin(), part.begin() + 5, part.end());
    show("partial_sort first 5", std::vector<int>(part.begin(), part.begin() + 5));
    auto nth = v;
    std::nth_element(nth.begin(), nth.begin() + 15, nth.end());
    std::cout << "median-ish " << nth[15] << '\n';
    std::sort(v.begin(), v.end());
    std::cout << "lower_bound(20) at " << (std::lower_bound(v.begin(), v.end(), 20) - v.begin())
              << " upper_bound(20) at " << (std::upper_bound(v.begin(), v.end(), 20) - v.begin())
              << " binary_search(21) " << std::binary_search(v.begin(), v.end(), 21) << '\n';
    auto eq = std::equal_range(v.begin(), v.end(), v[10]);
    std::cout << "equal_range size " << (eq.second - eq.first) << '\n';
    v.erase(std::unique(v.begin(), v.end()), v.end());
    show("unique", v);
    std::rotate(v.begin(), v.begin() + 3, v.end());
    std::reverse(v.begin(), v.begin() + 4);
    show("rotated+reversed", v);
    std::string perm = "abcd";
    int perms = 0;
    do { perms++; } while (std::next_permutation(perm.begin(), perm.end()));
    std::cout << "permutations " << perms << " back to " << perm << '\n';
    std::vector<int> seq(10);
    std::iota(seq.begin(), seq.end(), 1);
    std::cout << "sum " << std::accumulate(seq.begin(), seq.end(), 0) << " product "
              << std::accumulate(seq.begin(), seq.end(), 1LL, std::multiplies<long long>())
              << " dot " << std::inner_product(seq.begin(), seq.end(), seq.begin(), 0) << '\n';
    std::vector<int> ps(seq.size());
    std::partial_sum(seq.begin(), seq.end(), ps.begin());
    show("partial_sum", ps);
    std::vector<std::string> strs;
    std::transform(seq.begin(), seq.end(), std::back_inserter(strs), [](int x) { return std::string(x % 4 + 1, char('a' + x)); });
    show("transform", strs);
    std::cout << "count_if even " << std::count_if(seq.begin(), seq.end(), [](int x) { return x % 2 == 0; })
              << " all positive " << std::all_of(seq.begin(), seq.end(), [](int x) { return x > 0; })
              << " any > 9 " << std::any_of(seq.begin(), seq.end(), [](int x) { return x > 9; }) << '\n';
    auto mm = std::minmax_element(strs.begin(), strs.end(), [](const std::string &a, const std::string &b) { return a.size() < b.size(); });
    std::cout << "shortest " << *mm.first << " longest " << *mm.second << '\n';
    std::cout << "gcd " << std::gcd(1071, 462) << " lcm " << std::lcm(21, 6) << " clamp "
              << std::clamp(15, 0, 10) << '\n';
    std::vector<int> evens;
    std::copy_if(seq.begin(), seq.end(), std::back_inserter(evens), [](int x) { return x % 2 == 0; });
    std::stable_partition(seq.begin(), seq.end(), [](int x) { return x % 3 == 0; });
    show("stable_partition by 3", seq);
    show("copy_if evens", evens);
    std::vector<int> merged;
    std::merge(evens.begin(), evens.end(), ps.begin(), ps.end(), std::back_inserter(merged));
    show("merged", merged);
    return 0;
}
