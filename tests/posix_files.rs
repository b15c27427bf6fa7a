//! File calls that WASI lacks, where a wasm program's answer is not what a
//! native run prints in the same folder (tests/programs/posix_files.c covers
//! the rest): err()'s program name, FIFOs, and realpath through the host's
//! symbolic links with -sNODERAWFS=1.

mod common;

use common::{node, scratch, wasmcc};
use std::fs;
use std::path::Path;

/// Builds `source` (C text) as `name.js` in `dir` with `flags`.
fn build_in(dir: &Path, name: &str, source: &str, flags: &[&str]) -> std::path::PathBuf {
    let src = dir.join(format!("{name}.c"));
    fs::write(&src, source).unwrap();
    let js = dir.join(format!("{name}.js"));
    let out = wasmcc([src.to_str().unwrap(), "-o", js.to_str().unwrap()])
        .args(flags)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    js
}

#[test]
fn err_warn_and_error_name_the_program_as_glibc_does() {
    let d = scratch();
    let js = build_in(
        d.path(),
        "tool",
        "#include <err.h>\n#include <errno.h>\n#include <error.h>\n#include <stddef.h>\n\
         int main(void) {\n\
           errno = EACCES; warn(\"reading %s\", \"in.txt\");\n\
           warnx(\"%d files left\", 2);\n\
           error(0, EEXIST, \"making %s\", \"out\");\n\
           error_at_line(0, 0, \"in.c\", 12, \"bad token\");\n\
           errno = ENOENT; err(4, NULL);\n}\n",
        &[],
    );
    let out = node(&js, &[], b"", d.path());
    // BSD's and glibc's format: "name: message: strerror(errno)", the name
    // being argv[0]'s last component (glibc's error() prints argv[0] whole,
    // here the same); err() exits with its status.
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "tool: reading in.txt: Permission denied\n\
         tool: 2 files left\n\
         tool: making out: File exists\n\
         tool:in.c:12: bad token\n\
         tool: No such file or directory\n"
    );
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn fifos_cannot_be_made() {
    let d = scratch();
    let js = build_in(
        d.path(),
        "fifo",
        "#include <errno.h>\n#include <stdio.h>\n#include <sys/stat.h>\n\
         int main(void) {\n\
           int r = mkfifo(\"pipe\", 0600);\n\
           printf(\"%d %d\\n\", r, errno == ENOSYS);\n\
           struct stat st;\n\
           printf(\"exists: %d\\n\", stat(\"pipe\", &st) == 0);\n}\n",
        &[],
    );
    let out = node(&js, &[], b"", d.path());
    // WASI has no FIFOs: the call fails as an unimplemented one, and leaves
    // nothing behind.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "-1 1\nexists: 0\n");
}

#[test]
fn realpath_follows_the_hosts_symbolic_links() {
    let d = scratch();
    fs::create_dir(d.path().join("real")).unwrap();
    fs::write(d.path().join("real/f.txt"), "x").unwrap();
    std::os::unix::fs::symlink("real", d.path().join("link")).unwrap();
    std::os::unix::fs::symlink("loop2", d.path().join("loop1")).unwrap();
    std::os::unix::fs::symlink("loop1", d.path().join("loop2")).unwrap();
    let js = build_in(
        d.path(),
        "paths",
        "#include <errno.h>\n#include <limits.h>\n#include <stdio.h>\n\
         #include <stdlib.h>\n#include <string.h>\n#include <unistd.h>\n\
         int main(int argc, char **argv) {\n\
           char cwd[PATH_MAX], buf[PATH_MAX];\n\
           getcwd(cwd, sizeof cwd);\n\
           for (int i = 1; i < argc; i++) {\n\
             char *r = realpath(argv[i], buf);\n\
             if (!r) printf(\"%s: errno %s\\n\", argv[i], errno == ELOOP ? \"ELOOP\" : \"other\");\n\
             else if (strncmp(r, cwd, strlen(cwd)) == 0) printf(\"%s: .%s\\n\", argv[i], r + strlen(cwd));\n\
             else printf(\"%s: %s\\n\", argv[i], r);\n\
           }\n}\n",
        &["-sNODERAWFS=1"],
    );
    let out = node(
        &js,
        &["link/f.txt", "link/../link", "loop1/x"],
        b"",
        d.path(),
    );
    // As on Linux: links are replaced by their targets, relative to the
    // folder holding the link, and a cycle ends in ELOOP.
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "link/f.txt: ./real/f.txt\nlink/../link: ./real\nloop1/x: errno ELOOP\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn with_the_hosts_files_stat_and_chmod_see_and_change_the_hosts_modes() {
    use std::os::unix::fs::PermissionsExt;
    let d = scratch();
    fs::write(d.path().join("data"), "x").unwrap();
    fs::set_permissions(d.path().join("data"), fs::Permissions::from_mode(0o750)).unwrap();
    let js = build_in(
        d.path(),
        "modes",
        "#include <stdio.h>\n#include <sys/stat.h>\n#include <fcntl.h>\n#include <unistd.h>\n\
         int main(void) {\n\
           struct stat st;\n\
           stat(\"data\", &st);\n\
           printf(\"%o\\n\", (unsigned)(st.st_mode & 07777));\n\
           int fd = open(\"data\", O_RDONLY);\n\
           fstat(fd, &st);\n\
           printf(\"%o\\n\", (unsigned)(st.st_mode & 07777));\n\
           printf(\"%d %d\\n\", chmod(\"data\", 0604), fchmod(fd, 0640));\n\
           stat(\"data\", &st);\n\
           printf(\"%o\\n\", (unsigned)(st.st_mode & 07777));\n}\n",
        &["-sNODERAWFS=1"],
    );
    let out = node(&js, &[], b"", d.path());
    // stat reports the host's bits; chmod, then fchmod, change the host's file.
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "750\n750\n0 0\n640\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let host = fs::metadata(d.path().join("data"))
        .unwrap()
        .permissions()
        .mode()
        & 0o7777;
    assert_eq!(host, 0o640);
}
