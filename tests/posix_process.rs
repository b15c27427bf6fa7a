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
