/* getpass(): prompts on stderr and reads a line from stdin; the terminal
 * (a page's, or the host's) echoes it or not as tcsetattr set it.
 *
 * Its own file, apart from terminal.c: the link wraps ioctl (ioctl.c), and
 * wasm-ld loads a wrapper's archive member, and the members it names, in
 * every link. Had getpass stayed in terminal.c, stdin's FILE would come
 * along into every program and exit would flush it, linking stdin's reader
 * into programs that never read. */
#include <stdio.h>
#include <string.h>

char *getpass(const char *prompt) {
    static char line[128];
    fputs(prompt, stderr);
    fflush(stderr);
    if (!fgets(line, sizeof line, stdin))
        return NULL;
    line[strcspn(line, "\n")] = '\0';
    return line;
}
