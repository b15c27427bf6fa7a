/*
 * <grp.h>: the group database of a one-user system: one group, gid 0,
 * named after the user (see <pwd.h>), with the user as its member.
 * Functions in libc-shims/users.c.
 */
#ifndef WASMCC_GRP_H
#define WASMCC_GRP_H

#include <features.h>

#define __NEED_size_t
#define __NEED_gid_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

struct group {
    char *gr_name;
    char *gr_passwd;
    gid_t gr_gid;
    char **gr_mem;
};

struct group *getgrgid(gid_t);
struct group *getgrnam(const char *);
int getgrgid_r(gid_t, struct group *, char *, size_t, struct group **);
int getgrnam_r(const char *, struct group *, char *, size_t, struct group **);
void setgrent(void);
void endgrent(void);
struct group *getgrent(void);

#ifdef __cplusplus
}
#endif

#endif
