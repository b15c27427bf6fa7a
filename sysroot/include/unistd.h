/*
 * <unistd.h>: wasi-libc's, plus the process, identity and descriptor
 * functions it hides behind __wasilibc_unmodified_upstream. A wasm program
 * is one process of one user (uid 0, as under Emscripten) with no children:
 * the functions are in libc-shims/identity.c, exec.c, fds.c and alarm.c,
 * and each documents what it answers.
 */
#ifndef WASMCC_UNISTD_H
#define WASMCC_UNISTD_H

#include_next <unistd.h>

#ifdef __cplusplus
extern "C" {
#endif

int pipe(int[2]);
int pipe2(int[2], int);
int dup(int);
int dup2(int, int);
int dup3(int, int, int);

unsigned alarm(unsigned);
int pause(void);

pid_t fork(void);
pid_t _Fork(void);
pid_t vfork(void);
int execve(const char *, char *const[], char *const[]);
int execv(const char *, char *const[]);
int execle(const char *, const char *, ...);
int execl(const char *, const char *, ...);
int execvp(const char *, char *const[]);
int execlp(const char *, const char *, ...);
int fexecve(int, char *const[], char *const[]);

pid_t getppid(void);
pid_t getpgrp(void);
pid_t getpgid(pid_t);
int setpgid(pid_t, pid_t);
pid_t setsid(void);
pid_t getsid(pid_t);
char *ttyname(int);
int ttyname_r(int, char *, size_t);
pid_t tcgetpgrp(int);
int tcsetpgrp(int, pid_t);

/* Owners are not stored (libc-shims/modes.c): these succeed on files that exist. */
int chown(const char *, uid_t, gid_t);
int fchown(int, uid_t, gid_t);
int lchown(const char *, uid_t, gid_t);
int fchownat(int, const char *, uid_t, gid_t, int);

uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int getgroups(int, gid_t[]);
int setuid(uid_t);
int seteuid(uid_t);
int setgid(gid_t);
int setegid(gid_t);

#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int setreuid(uid_t, uid_t);
int setregid(gid_t, gid_t);
pid_t setpgrp(void);
#endif

#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
/* libc-shims/modes.c: no other process can hold a lock. */
int lockf(int, int, off_t);
/* libc-shims/identity.c: one process, nothing to yield to or to flush. */
int nice(int);
void sync(void);
#endif

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int chroot(const char *);
int getdomainname(char *, size_t);
char *getpass(const char *);
int getpagesize(void);
int getdtablesize(void);
int execvpe(const char *, char *const[], char *const[]);
#endif

#ifdef __cplusplus
}
#endif

#endif
