// An error reported as an exception, turned into an exit status in main;
// the status reaches the shell as natively.
#include <cstdio>
#include <stdexcept>
#include <string>

struct ExitError : std::runtime_error {
    int status;
    ExitError(const std::string &m, int s) : std::runtime_error(m), status(s) {}
};

void run(int step) {
    printf("step %d\n", step);
    if (step == 4) throw ExitError("stopping at step 4", 17);
}

int main() {
    try {
        for (int i = 0;; i++) run(i);
    } catch (const ExitError &e) {
        printf("error: %s\n", e.what());
        return e.status;
    }
}
