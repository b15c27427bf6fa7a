/* The standard descriptors of a program that opens no files (its JS has no
   file layer): seeking, a descriptor that was never open, and writing after
   close, as a native program sees them. The tests run it with stdout piped. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

static const char *err_name(int e) {
    return e == ESPIPE ? "ESPIPE" : e == EBADF ? "EBADF" : "other";
}

int main(void) {
    printf("isatty(1) = %d\n", isatty(1));
    errno = 0;
    long r = (long)lseek(1, 0, SEEK_CUR);
    printf("lseek(1) = %ld, %s\n", r, err_name(errno));
    errno = 0;
    r = (long)lseek(7, 0, SEEK_CUR);
    printf("lseek(7) = %ld, %s\n", r, err_name(errno));
    errno = 0;
    r = (long)write(7, "x", 1);
    printf("write(7) = %ld, %s\n", r, err_name(errno));
    fflush(stdout);

    if (close(1) != 0) return 2;
    errno = 0;
    if (write(1, "lost\n", 5) != -1 || errno != EBADF) return 3;
    errno = 0;
    if (close(1) != -1 || errno != EBADF) return 4;
    if (write(2, "", 0) != 0) return 5;
    return 0;
}
