/* Folders and metadata: mkdir (and EEXIST), stat sizes and S_ISDIR /
 * S_ISREG, opendir/readdir (names sorted before printing, since readdir's
 * order is unspecified), rmdir of a non-empty folder failing, unlink, and
 * POSIX open/read/write/lseek/close with O_APPEND and O_TRUNC. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void write_file(const char *path, const char *text, size_t times) {
    FILE *f = fopen(path, "w");
    for (size_t i = 0; i < times; i++) fputs(text, f);
    fclose(f);
}

static void list(const char *path) {
    DIR *d = opendir(path);
    if (!d) { printf("opendir %s failed\n", path); return; }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    printf("%s:", path);
    for (int i = 0; i < n; i++) {
        char full[256];
        snprintf(full, sizeof full, "%s/%s", path, names[i]);
        struct stat st;
        if (stat(full, &st) == 0)
            printf(" %s(%s,%lld)", names[i], S_ISDIR(st.st_mode) ? "dir" : S_ISREG(st.st_mode) ? "file" : "other",
                   S_ISDIR(st.st_mode) ? 0LL : (long long)st.st_size);
        free(names[i]);
    }
    printf("\n");
}

int main(void) {
    printf("mkdir %d\n", mkdir("project", 0755));
    errno = 0;
    int r = mkdir("project", 0755);
    printf("mkdir again %d EEXIST %d\n", r, errno == EEXIST);
    mkdir("project/src", 0755);
    mkdir("project/empty", 0755);
    write_file("project/README", "read me\n", 3);
    write_file("project/src/main.c", "int main(void) { return 0; }\n", 1);
    write_file("project/src/big.dat", "0123456789abcdef", 4096);
    list("project");
    list("project/src");
    list(".");

    struct stat st;
    r = stat("project/nope", &st);
    printf("stat missing: %d ENOENT %d\n", r, errno == ENOENT);
    stat("project/src", &st);
    printf("src is dir %d\n", S_ISDIR(st.st_mode) != 0);

    int fd = open("project/log.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    printf("open fd valid %d\n", fd >= 0);
    write(fd, "hello ", 6);
    write(fd, "world\n", 6);
    close(fd);
    fd = open("project/log.txt", O_WRONLY | O_APPEND);
    write(fd, "again\n", 6);
    close(fd);
    fd = open("project/log.txt", O_RDONLY);
    char buf[64];
    ssize_t got = read(fd, buf, sizeof buf - 1);
    buf[got > 0 ? got : 0] = '\0';
    printf("read %zd bytes: %s", got, buf);
    off_t pos = lseek(fd, 6, SEEK_SET);
    got = read(fd, buf, 5);
    buf[got] = '\0';
    printf("lseek %lld then read [%s]\n", (long long)pos, buf);
    printf("lseek end %lld\n", (long long)lseek(fd, 0, SEEK_END));
    printf("read at eof %zd\n", read(fd, buf, 10));
    close(fd);
    fd = open("project/log.txt", O_RDWR | O_TRUNC);
    fstat(fd, &st);
    printf("after O_TRUNC size %lld\n", (long long)st.st_size);
    close(fd);
    errno = 0;
    r = open("project/none", O_RDONLY);
    printf("open missing without O_CREAT %d ENOENT %d\n", r, errno == ENOENT);

    printf("rmdir non-empty fails %d\n", rmdir("project/src") != 0);
    r = unlink("project/src/main.c");
    printf("unlink %d", r);
    printf(" %d\n", unlink("project/src/big.dat"));
    printf("rmdir now %d\n", rmdir("project/src"));
    printf("rename dir %d\n", rename("project/empty", "project/moved"));
    list("project");
    r = access("project/README", F_OK);
    printf("access README %d missing %d\n", r, access("project/x", F_OK));
    return 0;
}
