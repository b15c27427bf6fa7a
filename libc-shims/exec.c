/*
 * Child processes and process groups. A wasm program cannot start another
 * program or copy itself: fork and vfork fail with ENOSYS and the exec
 * family with ENOEXEC (Emscripten's answers), and since there is never a
 * child, wait, waitpid and waitid fail with ECHILD. The program is the
 * leader of its own process group and session (both numbered getpid()),
 * whose parent is pid 1, as under Emscripten.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

pid_t fork(void) {
    errno = ENOSYS;
    return -1;
}

pid_t _Fork(void) { return fork(); }
pid_t vfork(void) { return fork(); }

int execve(const char *path, char *const argv[], char *const envp[]) {
    (void)path, (void)argv, (void)envp;
    errno = ENOEXEC;
    return -1;
}

int execv(const char *path, char *const argv[]) { return execve(path, argv, NULL); }
int execvp(const char *file, char *const argv[]) { return execve(file, argv, NULL); }
int execvpe(const char *file, char *const argv[], char *const envp[]) {
    return execve(file, argv, envp);
}
int fexecve(int fd, char *const argv[], char *const envp[]) {
    (void)fd;
    return execve("", argv, envp);
}
int execl(const char *path, const char *arg, ...) {
    (void)arg;
    return execve(path, NULL, NULL);
}
int execlp(const char *file, const char *arg, ...) {
    (void)arg;
    return execve(file, NULL, NULL);
}
int execle(const char *path, const char *arg, ...) {
    (void)arg;
    return execve(path, NULL, NULL);
}

pid_t wait(int *status) { return waitpid(-1, status, 0); }

pid_t waitpid(pid_t pid, int *status, int options) {
    (void)pid, (void)status, (void)options;
    errno = ECHILD;
    return -1;
}

int waitid(idtype_t type, id_t id, siginfo_t *info, int options) {
    (void)type, (void)id, (void)info, (void)options;
    errno = ECHILD;
    return -1;
}

/* popen needs a shell: like system() (libc-shims/process.c), it fails with
 * ENOSYS, as under Emscripten. */
FILE *popen(const char *command, const char *mode) {
    (void)command, (void)mode;
    errno = ENOSYS;
    return NULL;
}

int pclose(FILE *stream) {
    (void)stream;
    errno = ENOSYS;
    return -1;
}

pid_t getppid(void) { return 1; }
pid_t getpgrp(void) { return getpid(); }

static int is_self(pid_t pid) { return pid == 0 || pid == getpid(); }

pid_t getpgid(pid_t pid) {
    if (!is_self(pid)) {
        errno = ESRCH;
        return -1;
    }
    return getpid();
}

pid_t getsid(pid_t pid) { return getpgid(pid); }

/* The program may stay in its own group; there is no other to join. */
int setpgid(pid_t pid, pid_t pgid) {
    if (!is_self(pid)) {
        errno = ESRCH;
        return -1;
    }
    if (!is_self(pgid)) {
        errno = EPERM;
        return -1;
    }
    return 0;
}

pid_t setpgrp(void) { return setpgid(0, 0); }

/* A process group leader cannot start a session: POSIX's EPERM. */
pid_t setsid(void) {
    errno = EPERM;
    return -1;
}
