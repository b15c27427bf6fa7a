#include <stdio.h>

int protected_run(int code);

int main(void) {
    for (int i = 1; i <= 3; i++)
        printf("caught %d\n", protected_run(i * 7));
    return 4;
}
