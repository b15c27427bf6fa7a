/* The ways a program ends after it has slept: main returns a status, or
 * exit() is called from a function below main. Either way atexit handlers
 * run and buffered stdout is flushed, as natively. */
#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void bye(void) {
    printf("atexit ran\n");
}

static void leave(int status) {
    usleep(5000);
    printf("exiting with %d\n", status);
    exit(status);
}

int main(int argc, char **argv) {
    atexit(bye);
    /* Not a terminal: this stays in stdio's buffer until exit flushes it. */
    printf("before sleeping\n");
    emscripten_sleep(10);
    printf("after sleeping\n");
    if (argc > 1 && strcmp(argv[1], "exit") == 0)
        leave(5);
    sleep(0);
    return 3;
}
