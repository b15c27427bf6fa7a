//! What a single-process, single-user wasm program gets from the POSIX
//! process, user, terminal, loader, logging and limit interfaces, where a
//! native run would answer differently. Each expected line is written by
//! hand from the documented behaviour (comments in the program and in
//! libc-shims/): uid 0 and host name "emscripten" as under Emscripten;
//! fork ENOSYS, exec ENOEXEC, popen ENOSYS as Emscripten documents; wait
//! ECHILD because there is never a child; kill to another pid ESRCH; one
//! user named by LOGNAME (else web_user) whose home is HOME; no terminal
//! when stdin is a pipe (ENOTTY); dlopen NULL with a reason; RLIMIT_STACK is
//! -sSTACK_SIZE (8 MiB by default); UTC; alarm never fires but counts down;
//! syslog with LOG_PERROR writes "ident: message" to stderr as glibc does.

mod common;

#[test]
fn single_process_answers() {
    let dir = common::scratch();
    let src = common::repo_root().join("tests/posix_process/single_process.c");
    let js = dir.path().join("p.js");
    common::build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    let mut cmd = std::process::Command::new("node");
    cmd.arg(&js)
        .current_dir(dir.path())
        .env("LOGNAME", "alice")
        .env("HOME", "/home/alice");
    let out = common::run_with_stdin(&mut cmd, b"");
    assert_eq!(out.status.code(), Some(0), "{}", common::explain(&out));
    let expected = "\
uid 0 0 0 0
host 0 emscripten
login alice
pagesize 65536
fork -1 Function not implemented
execvp -1 Exec format error
wait -1 No child process
popen 0 Function not implemented
system(NULL) 0
sigaction 0
got 1001
blocked got 0
pending 1
unblocked got 1001
kill other -1 No such process
pw alice 0 /home/alice /bin/sh
gr alice 0 alice
tcgetattr -1 Not a tty
dlopen 0 dlopen libfoo.so: dynamic loading is not supported
dlerror again 0
stack 8388608
nofile inf 1
tz UTC UTC 0 0
alarm 0 5
saved 5
file has: to file
";
    assert_eq!(common::stdout(&out), expected);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "myprog: hello 5\n");
}

#[test]
fn a_lone_process_keeps_priority_0_and_cannot_change_root_or_share_memory() {
    // The program is the only process: its priority stays 0 (lowering it is
    // allowed and changes nothing, raising it above 0 is EACCES as for an
    // unprivileged process), there is one root (chroot ENOSYS), no device
    // nodes or shared memory objects (ENOSYS), no NIS domain ("(none)", as
    // Linux reports), and no stack a backtrace could walk (0 frames).
    let dir = common::scratch();
    let src = dir.path().join("lone.c");
    std::fs::write(
        &src,
        r#"
#define _GNU_SOURCE
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    int n = nice(5);
    int lower = setpriority(PRIO_PROCESS, 0, 10);
    errno = 0;
    int raise_it = setpriority(PRIO_PROCESS, 0, -5);
    printf("nice %d, lower %d, raise %d %d, now %d\n", n, lower, raise_it, errno == EACCES,
           getpriority(PRIO_PROCESS, 0));
    errno = 0;
    int c = chroot("/tmp");
    printf("chroot %d %d\n", c, errno == ENOSYS);
    errno = 0;
    int m = mknod("dev", S_IFCHR | 0600, 0);
    printf("mknod %d %d\n", m, errno == ENOSYS);
    errno = 0;
    int s = shm_open("/region", O_CREAT | O_RDWR, 0600);
    printf("shm_open %d %d\n", s, errno == ENOSYS);
    char domain[64];
    printf("domain %d %s\n", getdomainname(domain, sizeof domain), domain);
    void *frames[8];
    char **names = backtrace_symbols(frames, backtrace(frames, 8));
    printf("backtrace %d\n", backtrace(frames, 8));
    free(names);
    return 0;
}
"#,
    )
    .unwrap();
    let js = dir.path().join("lone.js");
    common::build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    let out = common::node(&js, &[], b"", dir.path());
    assert_eq!(
        common::stdout(&out),
        "nice 0, lower 0, raise -1 1, now 0\nchroot -1 1\nmknod -1 1\nshm_open -1 1\n\
         domain 0 (none)\nbacktrace 0\n"
    );
}

#[test]
fn no_program_can_be_spawned_but_its_preparations_work() {
    // posix_spawn can start nothing here, as fork and exec cannot: it returns
    // ENOSYS (an error number, as POSIX has it return). The attribute and
    // file-action objects behave as POSIX describes, so a program that
    // prepares them reaches that error: flags read back, a negative
    // descriptor is EBADF.
    let dir = common::scratch();
    let src = dir.path().join("spawn.c");
    std::fs::write(
        &src,
        r#"
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>

extern char **environ;

int main(void) {
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t actions;
    short flags = 0;
    printf("attr %d %d", posix_spawnattr_init(&attr),
           posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK));
    posix_spawnattr_getflags(&attr, &flags);
    printf(" flags %d\n", flags);
    int a = posix_spawn_file_actions_init(&actions);
    int b = posix_spawn_file_actions_addopen(&actions, 1, "out.txt", O_WRONLY | O_CREAT, 0644);
    int c = posix_spawn_file_actions_adddup2(&actions, 1, 2);
    int d = posix_spawn_file_actions_addclose(&actions, -1);
    printf("actions %d %d %d %s\n", a, b, c, d == EBADF ? "EBADF" : "other");
    char *argv[] = {"ls", "-l", NULL};
    pid_t pid = -7;
    int r = posix_spawnp(&pid, "ls", &actions, &attr, argv, environ);
    printf("posix_spawnp %s, pid untouched %d\n", r == ENOSYS ? "ENOSYS" : "other", pid == -7);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    return 0;
}
"#,
    )
    .unwrap();
    let js = dir.path().join("spawn.js");
    common::build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    let out = common::node(&js, &[], b"", dir.path());
    assert_eq!(
        common::stdout(&out),
        "attr 0 0 flags 10\nactions 0 0 0 EBADF\nposix_spawnp ENOSYS, pid untouched 1\n"
    );
}

#[test]
fn a_reader_that_goes_away_ends_the_program_as_sigpipe_does() {
    // `prog | head -1`: natively the writer dies of SIGPIPE, quietly, and
    // the shell shows 141 (128 + 13) for it. Before, Node's EPIPE surfaced
    // as a "runtime error" with a stack trace.
    let dir = common::scratch();
    let src = dir.path().join("many.c");
    std::fs::write(
        &src,
        "#include <stdio.h>\nint main(void) {\n\
         for (int i = 0; i < 200000; i++) printf(\"line %d\\n\", i);\n\
         fprintf(stderr, \"not reached\\n\");\n}\n",
    )
    .unwrap();
    let js = dir.path().join("many.js");
    common::build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg("node many.js | head -1; echo \"status ${PIPESTATUS[0]}\"")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(common::stdout(&out), "line 0\nstatus 141\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn signals_at_their_default_action_end_the_program_as_a_shell_reports_them() {
    // 128 + the signal; a line naming it on stderr, as bash prints, except
    // for SIGPIPE and SIGINT, which bash passes over in silence.
    let dir = common::scratch();
    for (sig, said) in [("SIGTERM", "Terminated\n"), ("SIGPIPE", ""), ("SIGINT", "")] {
        let src = dir.path().join("sig.c");
        std::fs::write(
            &src,
            format!("#include <signal.h>\nint main(void) {{ raise({sig}); return 0; }}\n"),
        )
        .unwrap();
        let js = dir.path().join("sig.js");
        common::build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
        let out = common::node(&js, &[], b"", dir.path());
        let number = match sig {
            "SIGTERM" => 15,
            "SIGPIPE" => 13,
            _ => 2,
        };
        assert_eq!(out.status.code(), Some(128 + number), "{sig}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), said, "{sig}");
    }
}
