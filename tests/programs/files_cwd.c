/* The working directory: getcwd names an absolute path, chdir into a new
 * folder changes where relative paths resolve (and what getcwd reports),
 * chdir("..") goes back, and a missing folder fails with ENOENT. Only the
 * last component of getcwd is printed: the full path differs per run. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/stat.h>

static const char *last_part(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

int main(void) {
    char cwd[4096];
    char start[4096];
    if (!getcwd(start, sizeof start)) { printf("getcwd failed\n"); return 1; }
    printf("absolute: %d\n", start[0] == '/');
    mkdir("work", 0755);
    printf("chdir work %d\n", chdir("work"));
    getcwd(cwd, sizeof cwd);
    printf("now in \"%s\", one level below the start: %d\n", last_part(cwd),
           strncmp(cwd, start, strlen(start)) == 0 && strlen(cwd) > strlen(start));
    FILE *f = fopen("inside.txt", "w");
    fputs("written from inside work\n", f);
    fclose(f);
    mkdir("deeper", 0755);
    chdir("deeper");
    f = fopen("../inside.txt", "r");
    char line[64] = "";
    if (f) { fgets(line, sizeof line, f); fclose(f); }
    printf("via ..: %s", line);
    printf("chdir ../.. %d\n", chdir("../.."));
    getcwd(cwd, sizeof cwd);
    printf("back at the start: %d\n", strcmp(cwd, start) == 0);
    f = fopen("work/inside.txt", "r");
    printf("relative path from the start opens: %d\n", f != NULL);
    if (f) fclose(f);
    errno = 0;
    int rc = chdir("no-such-folder");
    printf("chdir missing %d ENOENT %d\n", rc, errno == ENOENT);
    char tiny[1]; /* too small for any path, "/" included */
    errno = 0;
    char *r = getcwd(tiny, sizeof tiny);
    printf("getcwd into a 1-byte buffer fails with ERANGE: %d\n", r == NULL && errno == ERANGE);
    return 0;
}
