/* dup and dup2: stdout is saved with dup(), a file is put in its place with
 * dup2() (printf then writes to the file), and the saved descriptor puts the
 * original back. Two descriptors of one open file share its position, and
 * closing one leaves the other working. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    int fd = open("log.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
    fflush(stdout);
    int saved = dup(1);
    printf("dup gave a new descriptor: %d\n", saved > 2 && saved != fd);
    fflush(stdout);
    printf("dup2 returns its target: %d\n", dup2(fd, 1) == 1);
    close(fd);
    printf("this line goes to the file\n");
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    printf("stdout is back\n");

    char buf[128] = {0};
    FILE *f = fopen("log.txt", "r");
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    printf("the file holds %zu bytes: %s", n, buf);

    /* Shared position: writes through either descriptor follow each other. */
    int a = open("shared.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
    int b = dup(a);
    write(a, "abc", 3);
    write(b, "def", 3);
    close(a);
    printf("lseek on the copy: %ld\n", (long)lseek(b, 0, SEEK_CUR));
    lseek(b, 0, SEEK_SET);
    memset(buf, 0, sizeof buf);
    read(b, buf, sizeof buf - 1);
    printf("shared.txt: %s\n", buf);
    close(b);

    printf("dup2 onto itself: %d\n", dup2(1, 1));
    printf("dup of a closed descriptor: %d\n", dup(b));
    return 0;
}
