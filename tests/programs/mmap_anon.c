/* mmap: anonymous private mappings read as zero and can be written and
 * unmapped; a file mapped with MAP_PRIVATE shows the file's bytes. Used by
 * allocators and by programs that read files through mmap. */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/mman.h>

int main(void) {
    size_t len = 1 << 20;
    unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("anonymous map ok %d\n", p != MAP_FAILED);
    if (p == MAP_FAILED) return 1;
    long nonzero = 0;
    for (size_t i = 0; i < len; i++) nonzero += p[i] != 0;
    memset(p, 0x5a, len);
    printf("zeroed %d, last byte after memset %02x\n", nonzero == 0, p[len - 1]);
    printf("munmap %d\n", munmap(p, len));
    FILE *f = fopen("mapped.txt", "w");
    fputs("contents seen through mmap\n", f);
    fclose(f);
    int fd = open("mapped.txt", O_RDONLY);
    char *m = mmap(NULL, 26, PROT_READ, MAP_PRIVATE, fd, 0);
    printf("file map ok %d\n", m != MAP_FAILED);
    if (m != MAP_FAILED) {
        printf("mapped: %.26s\n", m);
        munmap(m, 26);
    }
    close(fd);
    return 0;
}
