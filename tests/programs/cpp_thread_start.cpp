// Starting a std::thread. A wasm program here has one thread: the start
// fails as pthread_create does (EAGAIN), and with exceptions off libc++
// reports the std::system_error it would throw and aborts (status 134, as
// a shell shows SIGABRT). Natively the thread runs, hence the .expected
// and .status files: "start" only, then the abort.
#include <cstdio>
#include <thread>

int main() {
    std::printf("start\n");
    std::fflush(stdout);
    std::thread t([] { std::printf("in thread\n"); });
    t.join();
    std::printf("joined\n");
    return 0;
}
