/*
 * The user and group databases of a one-user system (see <pwd.h>): one
 * user, uid 0, named by LOGNAME (else "web_user", the name a page gets),
 * whose home is HOME (else "/"), and one group, gid 0, of the same name.
 * A lookup that finds nothing returns NULL and leaves errno alone (the _r
 * forms: 0 and a NULL result), as POSIX asks.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *user_name(void) {
    const char *name = getenv("LOGNAME");
    return name && *name ? name : "web_user";
}

static const char *home_dir(void) {
    const char *home = getenv("HOME");
    return home && *home ? home : "/";
}

/* Copies the strings into buf from *at; NULL when they do not fit. */
static char *put(char *buf, size_t size, size_t *at, const char *s) {
    size_t n = strlen(s) + 1;
    if (*at + n > size)
        return NULL;
    char *out = buf + *at;
    memcpy(out, s, n);
    *at += n;
    return out;
}

static int fill_passwd(struct passwd *pw, char *buf, size_t size, struct passwd **result) {
    size_t at = 0;
    const char *name = user_name();
    *result = NULL;
    pw->pw_name = put(buf, size, &at, name);
    pw->pw_passwd = put(buf, size, &at, "x");
    pw->pw_gecos = put(buf, size, &at, name);
    pw->pw_dir = put(buf, size, &at, home_dir());
    pw->pw_shell = put(buf, size, &at, "/bin/sh");
    if (!pw->pw_name || !pw->pw_passwd || !pw->pw_gecos || !pw->pw_dir || !pw->pw_shell)
        return ERANGE;
    pw->pw_uid = 0;
    pw->pw_gid = 0;
    *result = pw;
    return 0;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result) {
    if (uid != 0) {
        *result = NULL;
        return 0;
    }
    return fill_passwd(pw, buf, size, result);
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result) {
    if (strcmp(name, user_name()) != 0) {
        *result = NULL;
        return 0;
    }
    return fill_passwd(pw, buf, size, result);
}

static struct passwd pw_static;
static char pw_buf[1024];

static struct passwd *static_passwd(int err, struct passwd *result) {
    if (err)
        errno = err;
    return result;
}

struct passwd *getpwuid(uid_t uid) {
    struct passwd *result;
    int err = getpwuid_r(uid, &pw_static, pw_buf, sizeof pw_buf, &result);
    return static_passwd(err, result);
}

struct passwd *getpwnam(const char *name) {
    struct passwd *result;
    int err = getpwnam_r(name, &pw_static, pw_buf, sizeof pw_buf, &result);
    return static_passwd(err, result);
}

/* getpwent walks the one entry. */
static int pw_next;
void setpwent(void) { pw_next = 0; }
void endpwent(void) { pw_next = 0; }
struct passwd *getpwent(void) { return pw_next++ == 0 ? getpwuid(0) : NULL; }

static int fill_group(struct group *gr, char *buf, size_t size, struct group **result) {
    size_t at = 0;
    *result = NULL;
    /* gr_mem: the member and the terminating NULL, pointer-aligned. */
    size_t align = (size_t)-(uintptr_t)buf % sizeof(char *);
    if (align + 2 * sizeof(char *) > size)
        return ERANGE;
    char **mem = (char **)(buf + align);
    at = align + 2 * sizeof(char *);
    gr->gr_name = put(buf, size, &at, user_name());
    gr->gr_passwd = put(buf, size, &at, "x");
    if (!gr->gr_name || !gr->gr_passwd)
        return ERANGE;
    mem[0] = gr->gr_name;
    mem[1] = NULL;
    gr->gr_mem = mem;
    gr->gr_gid = 0;
    *result = gr;
    return 0;
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result) {
    if (gid != 0) {
        *result = NULL;
        return 0;
    }
    return fill_group(gr, buf, size, result);
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result) {
    if (strcmp(name, user_name()) != 0) {
        *result = NULL;
        return 0;
    }
    return fill_group(gr, buf, size, result);
}

static struct group gr_static;
static char gr_buf[1024];

struct group *getgrgid(gid_t gid) {
    struct group *result;
    int err = getgrgid_r(gid, &gr_static, gr_buf, sizeof gr_buf, &result);
    if (err)
        errno = err;
    return result;
}

struct group *getgrnam(const char *name) {
    struct group *result;
    int err = getgrnam_r(name, &gr_static, gr_buf, sizeof gr_buf, &result);
    if (err)
        errno = err;
    return result;
}

static int gr_next;
void setgrent(void) { gr_next = 0; }
void endgrent(void) { gr_next = 0; }
struct group *getgrent(void) { return gr_next++ == 0 ? getgrgid(0) : NULL; }
