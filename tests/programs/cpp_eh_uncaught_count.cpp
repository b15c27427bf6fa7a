// std::uncaught_exceptions counts exceptions in flight, as a destructor that
// commits or rolls back sees it.
#include <cstdio>
#include <exception>

struct Transaction {
    int entered = std::uncaught_exceptions();
    const char *name;
    explicit Transaction(const char *n) : name(n) {}
    ~Transaction() {
        if (std::uncaught_exceptions() > entered)
            printf("%s: rollback (%d in flight)\n", name, std::uncaught_exceptions());
        else
            printf("%s: commit\n", name);
    }
};

struct Inner {
    ~Inner() {
        try {
            Transaction t("during unwinding");
            throw 2;
        } catch (int) {
            printf("inner handler, in flight: %d\n", std::uncaught_exceptions());
        }
    }
};

int main() {
    printf("start: %d\n", std::uncaught_exceptions());
    {
        Transaction t("normal");
    }
    try {
        Transaction t("failing");
        Inner i;
        throw 1;
    } catch (int) {
        printf("handler: %d\n", std::uncaught_exceptions());
    }
    printf("end: %d %d\n", std::uncaught_exceptions(), (int)std::uncaught_exception());
    return 0;
}
