/* Single-process answers checked by tests/posix_process.rs. */
#include <stdio.h>
#include <unistd.h>
#include <signal.h>
#include <errno.h>
#include <string.h>
#include <pwd.h>
#include <grp.h>
#include <termios.h>
#include <dlfcn.h>
#include <syslog.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <time.h>
#include <fcntl.h>
#include <stdlib.h>
static int got;
static void h(int s, siginfo_t *i, void *c) { got = s * 100 + (i->si_code == SI_USER); }
int main(void) {
  printf("uid %d %d %d %d\n", getuid(), geteuid(), getgid(), getegid());
  char host[64]; printf("host %d %s\n", gethostname(host, sizeof host), host);
  printf("login %s\n", getlogin() ? getlogin() : "(null)");
  printf("pagesize %d\n", getpagesize());
  errno=0; printf("fork %d %s\n", fork(), strerror(errno));
  errno=0; printf("execvp %d %s\n", execvp("ls", (char*[]){"ls",0}), strerror(errno));
  int st; errno=0; printf("wait %d %s\n", wait(&st), strerror(errno));
  errno=0; printf("popen %d %s\n", popen("ls","r") != NULL, strerror(errno));
  printf("system(NULL) %d\n", system(NULL));
  struct sigaction sa = {0}; sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO; sigemptyset(&sa.sa_mask);
  printf("sigaction %d\n", sigaction(SIGUSR1, &sa, NULL));
  kill(getpid(), SIGUSR1); printf("got %d\n", got);
  sigset_t s; sigemptyset(&s); sigaddset(&s, SIGUSR1); sigprocmask(SIG_BLOCK, &s, NULL);
  got = 0; raise(SIGUSR1); printf("blocked got %d\n", got);
  sigset_t p; sigpending(&p); printf("pending %d\n", sigismember(&p, SIGUSR1));
  sigprocmask(SIG_UNBLOCK, &s, NULL); printf("unblocked got %d\n", got);
  errno=0; printf("kill other %d %s\n", kill(12345, SIGTERM), strerror(errno));
  struct passwd *pw = getpwuid(0); printf("pw %s %d %s %s\n", pw->pw_name, pw->pw_uid, pw->pw_dir, pw->pw_shell);
  struct group *gr = getgrgid(0); printf("gr %s %d %s\n", gr->gr_name, gr->gr_gid, gr->gr_mem[0]);
  struct termios t; errno=0; printf("tcgetattr %d %s\n", tcgetattr(0, &t), strerror(errno));
  void *d = dlopen("libfoo.so", RTLD_NOW); printf("dlopen %d %s\n", d != NULL, dlerror());
  printf("dlerror again %d\n", dlerror() != NULL);
  struct rlimit rl; getrlimit(RLIMIT_STACK, &rl); printf("stack %llu\n", rl.rlim_cur);
  getrlimit(RLIMIT_NOFILE, &rl); printf("nofile inf %d\n", rl.rlim_cur == RLIM_INFINITY);
  tzset(); printf("tz %s %s %ld %d\n", tzname[0], tzname[1], timezone, daylight);
  printf("alarm %u %u\n", alarm(5), alarm(0));
  openlog("myprog", LOG_PERROR, LOG_USER); syslog(LOG_ERR, "hello %d", 5);
  int fd = open("out.txt", O_CREAT|O_WRONLY|O_TRUNC, 0644);
  fflush(stdout);
  int saved = dup(1); printf("saved %d\n", saved); fflush(stdout);
  dup2(fd, 1); close(fd); printf("to file\n"); fflush(stdout);
  dup2(saved, 1); close(saved);
  FILE *f = fopen("out.txt", "r"); char buf[64] = {0}; fread(buf, 1, 63, f); printf("file has: %s", buf);
  return 0;
}
