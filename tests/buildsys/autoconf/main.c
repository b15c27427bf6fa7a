int greet(const char *path);

int main(int argc, char **argv) {
    return argc > 1 ? greet(argv[1]) : 2;
}
