/*
 * Who the program runs as. A wasm program is one process of one user with
 * every right: uid and gid 0, as under Emscripten. Changing to that same
 * identity succeeds; changing to another fails with EPERM, because the
 * program cannot become anyone else. Also what a lone process answers about
 * its place in the system: priority, root folder, domain name, sync.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }

/* One supplementary group: 0. A size of 0 asks for the count. */
int getgroups(int size, gid_t list[]) {
    if (size == 0)
        return 1;
    if (size < 0) {
        errno = EINVAL;
        return -1;
    }
    list[0] = 0;
    return 1;
}

static int become(unsigned id) {
    if (id == 0)
        return 0;
    errno = EPERM;
    return -1;
}

int setuid(uid_t uid) { return become(uid); }
int seteuid(uid_t uid) { return become(uid); }
int setgid(gid_t gid) { return become(gid); }
int setegid(gid_t gid) { return become(gid); }

/* -1 leaves that id as it is. */
int setreuid(uid_t ruid, uid_t euid) {
    return become(ruid == (uid_t)-1 ? 0 : ruid) || become(euid == (uid_t)-1 ? 0 : euid) ? -1 : 0;
}

int setregid(gid_t rgid, gid_t egid) {
    return become(rgid == (gid_t)-1 ? 0 : rgid) || become(egid == (gid_t)-1 ? 0 : egid) ? -1 : 0;
}

/* The login name is LOGNAME from the environment the runtime gives (a page
 * gets "web_user", as under Emscripten); without it there is none. */
char *getlogin(void) { return getenv("LOGNAME"); }

int getlogin_r(char *buf, size_t size) {
    const char *name = getlogin();
    if (!name)
        return ENXIO;
    if (strlen(name) >= size)
        return ERANGE;
    strcpy(buf, name);
    return 0;
}

/* Copies `name` and its NUL to `dst`, or fails with `too_small`. */
static int copy_name(char *dst, size_t len, const char *name, int too_small) {
    size_t size = strlen(name) + 1;
    if (len < size) {
        errno = too_small;
        return -1;
    }
    memcpy(dst, name, size);
    return 0;
}

/* Emscripten's host name. POSIX leaves truncation unspecified; glibc
 * fails with ENAMETOOLONG, and so does this. */
int gethostname(char *name, size_t len) { return copy_name(name, len, "emscripten", ENAMETOOLONG); }

/* The program's priority stays 0: there is no other process to yield to. */
int nice(int increment) {
    (void)increment;
    return 0;
}

/* Files are written through at once (the runtime's file systems keep no
 * write-back cache), so there is nothing to flush. */
void sync(void) {}

/* The file system has one root, the runtime's; it cannot be changed. */
int chroot(const char *path) {
    (void)path;
    errno = ENOSYS;
    return -1;
}

/* No NIS domain, which Linux reports as "(none)". */
int getdomainname(char *name, size_t len) { return copy_name(name, len, "(none)", EINVAL); }
