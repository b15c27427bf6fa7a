/*
 * <pwd.h>: the user database of a one-user system. Its one user has uid
 * and gid 0 (what getuid() answers), the login name getlogin() answers
 * (LOGNAME, else "web_user"), and HOME from the environment the runtime
 * gives (else "/"). Functions in libc-shims/users.c.
 */
#ifndef WASMCC_PWD_H
#define WASMCC_PWD_H

#include <features.h>

#define __NEED_size_t
#define __NEED_uid_t
#define __NEED_gid_t
#include <bits/alltypes.h>

#ifdef __cplusplus
extern "C" {
#endif

struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};

struct passwd *getpwuid(uid_t);
struct passwd *getpwnam(const char *);
int getpwuid_r(uid_t, struct passwd *, char *, size_t, struct passwd **);
int getpwnam_r(const char *, struct passwd *, char *, size_t, struct passwd **);
void setpwent(void);
void endpwent(void);
struct passwd *getpwent(void);

#ifdef __cplusplus
}
#endif

#endif
