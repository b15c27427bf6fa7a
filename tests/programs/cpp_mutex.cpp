// std::mutex and friends in a program with one thread, as code that locks
// "to be thread-safe" uses them: once_flag, lock_guard/unique_lock,
// try_lock results, recursive and timed mutexes, shared_mutex, a timed
// condition-variable wait, atomic wait/notify and atomic shared_ptr access.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <thread>

static std::mutex m;
static std::recursive_mutex rm;
static std::timed_mutex tm;
static std::shared_mutex sm;
static std::once_flag once;
static int counter;

static int next_id() {
    std::lock_guard<std::mutex> g(m);
    return ++counter;
}

int main() {
    for (int i = 0; i < 3; i++)
        std::call_once(once, [] { std::printf("once\n"); });
    int first = next_id();
    int second = next_id();
    std::printf("ids %d %d\n", first, second);
    {
        std::unique_lock<std::mutex> lk(m);
        std::printf("try_lock while held: %d\n", (int)m.try_lock());
    }
    std::printf("try_lock free: %d\n", (int)m.try_lock());
    m.unlock();

    rm.lock();
    rm.lock();
    std::printf("recursive try: %d\n", (int)rm.try_lock());
    rm.unlock();
    rm.unlock();
    rm.unlock();

    bool got = tm.try_lock_for(std::chrono::milliseconds(1));
    bool again = tm.try_lock_for(std::chrono::milliseconds(20));
    std::printf("timed: %d %d\n", (int)got, (int)again);
    tm.unlock();

    {
        std::shared_lock<std::shared_mutex> r1(sm);
        std::shared_lock<std::shared_mutex> r2(sm);
        std::printf("writer while read: %d, reader: %d\n", (int)sm.try_lock(), (int)sm.try_lock_shared());
        sm.unlock_shared();
    }
    std::printf("writer after: %d\n", (int)sm.try_lock());
    sm.unlock();

    std::condition_variable cv;
    std::unique_lock<std::mutex> lk(m);
    auto t0 = std::chrono::steady_clock::now();
    bool woken = cv.wait_for(lk, std::chrono::milliseconds(30), [] { return false; });
    auto waited = std::chrono::steady_clock::now() - t0;
    std::printf("wait_for: %d, waited 30ms: %d\n", (int)woken, (int)(waited >= std::chrono::milliseconds(30)));
    cv.notify_all();
    lk.unlock();

    std::atomic<int> a{1};
    a.wait(0); // the value is not 0: returns at once
    a.notify_one();
    auto sp = std::make_shared<int>(5);
    auto copy = std::atomic_load(&sp);
    std::printf("shared %d, use %ld\n", *copy, sp.use_count());

    auto before = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    bool slept = std::chrono::steady_clock::now() - before >= std::chrono::milliseconds(5);
    std::printf("slept: %d, threads > 0: %d, same id: %d\n", (int)slept,
                (int)(std::thread::hardware_concurrency() > 0),
                (int)(std::this_thread::get_id() == std::this_thread::get_id()));
    std::thread none;
    std::printf("joinable: %d\n", (int)none.joinable());
    return 0;
}
