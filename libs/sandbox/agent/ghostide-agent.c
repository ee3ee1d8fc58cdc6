/*
 * ghostide-agent: the first (and only long-lived) process of a sandbox container.
 *
 * Why it exists: the container is started before the job is known, so the
 * agent waits on its attached stdin for one request, writes the submitted files
 * into /workspace, runs the compile and run stages with their limits, reports
 * a framed result on stdout and exits, which ends the container. It runs as the
 * sandbox user, as PID 1 of the container's PID namespace: kill(-1, SIGKILL)
 * therefore ends every process the program left behind (double fork, setsid,
 * nohup), and it never serves a second request.
 *
 * Request (stdin): "GIDE1\n", then records of 1 type byte, a 4-byte big-endian
 * length and the payload:
 *   'F' file: relative path, NUL, content     'X' the same, for an executable file
 *   'I' stdin of the run stage                'C' compile argv, NUL-separated (optional)
 *   'R' run argv, NUL-separated               'A' return the compile stage's artifacts
 *   'L' limits: "<compile_ms> <run_ms> <output_bytes>"   'E' end (length 0)
 * Response (stdout): per stage a line
 *   "stage <name> exit=<n> signal=<n> wall_ms=<n> timeout=<0|1> output_exceeded=<0|1>
 *    oom=<0|1> maxrss_kb=<n> stdout_len=<n> stderr_len=<n>\n" followed by the
 *   stdout bytes and the stderr bytes; after a successful compile stage, when
 *   'A' was sent, for every regular file the compiler created a line
 *   "artifact <mode> <content_len> <path_len>\n", the path and the content, or
 *   "artifacts_skipped\n" when they are too large to return; then "end\n". A
 *   failure of the agent itself is reported as "error <message>\n".
 *   Artifacts are read before the run stage starts, so the program cannot alter them.
 *
 * The program runs as the agent's own user, so the agent makes itself
 * non-dumpable: otherwise the program could ptrace it or open /proc/1/fd/1
 * (the host's stream: forged answers, unbounded data) and /proc/1/mem. The
 * program itself runs under a seccomp filter that refuses ptrace.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define WORKSPACE "/workspace"
#define MAX_RECORD_BYTES (64u * 1024u * 1024u)
#define MAX_ARGS 4096
#define DRAIN_AFTER_EXIT_MS 200
#define MAX_FILES 256
#define MAX_ARTIFACT_BYTES (32u * 1024u * 1024u)

#if defined(__x86_64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "define NATIVE_AUDIT_ARCH for this architecture (see linux/audit.h)"
#endif

/* SIGCHLD arrives here, so the poll loop wakes the moment the program exits. */
static int child_signal_fd = -1;

typedef struct {
  char *data;
  size_t len;
} buffer_t;

typedef struct {
  char **argv;
  int argc;
} command_t;

typedef struct {
  int exit_code;
  int signal;
  long wall_ms;
  int timed_out;
  int output_exceeded;
  int oom;
  long maxrss_kb;
  buffer_t out;
  buffer_t err;
} stage_result_t;

static void fail(const char *fmt, ...) {
  char message[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  dprintf(STDOUT_FILENO, "error %s\n", message);
  kill(-1, SIGKILL);
  _exit(2);
}

static void read_exact(void *dst, size_t len) {
  char *p = dst;
  while (len > 0) {
    ssize_t n = read(STDIN_FILENO, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("request ended early");
    p += n;
    len -= (size_t)n;
  }
}

static void write_all(int fd, const char *p, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) _exit(3); /* the host is gone: nobody to report to */
    p += n;
    len -= (size_t)n;
  }
}

static long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Splits a NUL-separated payload into an argv. */
static command_t parse_command(buffer_t payload) {
  command_t cmd = {calloc(MAX_ARGS + 1, sizeof(char *)), 0};
  if (!cmd.argv) fail("out of memory");
  size_t start = 0;
  for (size_t i = 0; i <= payload.len; i++) {
    if (i == payload.len || payload.data[i] == '\0') {
      if (i > start || i < payload.len) {
        if (cmd.argc == MAX_ARGS) fail("too many arguments");
        cmd.argv[cmd.argc++] = payload.data + start;
      }
      start = i + 1;
    }
  }
  return cmd;
}

/* Refuses anything but a plain relative path, even though the host validated it. */
static void check_relative_path(const char *path) {
  if (path[0] == '\0' || path[0] == '/') fail("bad file name");
  const char *p = path;
  while (*p) {
    const char *slash = strchr(p, '/');
    size_t part = slash ? (size_t)(slash - p) : strlen(p);
    if (part == 0 || (part == 1 && p[0] == '.') || (part == 2 && p[0] == '.' && p[1] == '.'))
      fail("bad file name");
    p += part + (slash ? 1 : 0);
  }
}

/* Paths of the submitted files, so that artifacts are only what the compiler made. */
static char *submitted[MAX_FILES];
static int submitted_count = 0;

/* Creates parent folders and the file itself; O_EXCL|O_NOFOLLOW never follows a link. */
static void write_file(buffer_t payload, mode_t mode) {
  size_t name_len = strnlen(payload.data, payload.len);
  if (name_len == payload.len) fail("file record without name");
  char *name = payload.data;
  check_relative_path(name);
  for (char *slash = strchr(name, '/'); slash; slash = strchr(slash + 1, '/')) {
    *slash = '\0';
    if (mkdir(name, 0700) < 0 && errno != EEXIST) fail("mkdir %s: %s", name, strerror(errno));
    *slash = '/';
  }
  if (submitted_count == MAX_FILES) fail("too many files");
  submitted[submitted_count++] = strdup(name);
  int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0) fail("create %s: %s", name, strerror(errno));
  const char *content = payload.data + name_len + 1;
  size_t len = payload.len - name_len - 1;
  while (len > 0) {
    ssize_t n = write(fd, content, len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("write %s: %s", name, strerror(errno));
    content += n;
    len -= (size_t)n;
  }
  close(fd);
}

/* The cgroup's OOM-kill counter (cgroup v2 or v1); -1 where it cannot be read. */
static long read_oom_kills(void) {
  static const char *files[] = {"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"};
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    FILE *f = fopen(files[i], "re");
    if (!f) continue;
    char key[64];
    long value;
    while (fscanf(f, "%63s %ld", key, &value) == 2) {
      if (strcmp(key, "oom_kill") == 0) {
        fclose(f);
        return value;
      }
    }
    fclose(f);
  }
  return -1;
}

static void append(buffer_t *b, const char *data, size_t len) {
  char *grown = realloc(b->data, b->len + len + 1);
  if (!grown) fail("out of memory");
  b->data = grown;
  memcpy(b->data + b->len, data, len);
  b->len += len;
}

static void set_nonblocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

/* Kills every process of the container but this one (PID 1 is exempt from kill(-1)). */
static void kill_all_others(void) { kill(-1, SIGKILL); }

/*
 * Refuses the debugging system calls (ptrace, process_vm_readv/writev: EPERM)
 * to the stages. Docker's default profile allows them, and PTRACE_TRACEME
 * would make the agent a tracer. System calls of another ABI (i386 int 0x80,
 * x32) get ENOSYS: they have other numbers, so they would slip past the checks.
 */
static int install_syscall_filter(void) {
  struct sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_AUDIT_ARCH, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#ifdef __X32_SYSCALL_BIT
      BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, __X32_SYSCALL_BIT, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
#endif
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_ptrace, 3, 0),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_process_vm_readv, 2, 0),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_process_vm_writev, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
  };
  struct sock_fprog program = {(unsigned short)(sizeof filter / sizeof filter[0]), filter};
  /* Docker sets no_new_privs already (no-new-privileges); a filter needs it. */
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) return -1;
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program);
}

static void exec_child(command_t cmd, int in_fd, int out_fd, int err_fd, long cpu_seconds) {
  /* Inherited from the non-dumpable agent, it would make /proc/self root-owned and
   * oom_score_adj unwritable; exec makes the program dumpable again anyway. */
  prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  dup2(in_fd, STDIN_FILENO);
  dup2(out_fd, STDOUT_FILENO);
  dup2(err_fd, STDERR_FILENO);
  /* Ignored and blocked signals survive exec: give the program the defaults back. */
  signal(SIGPIPE, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  struct rlimit cpu = {(rlim_t)cpu_seconds, (rlim_t)cpu_seconds + 1};
  setrlimit(RLIMIT_CPU, &cpu);
  /* The program, not the agent, is what the OOM killer should pick. */
  int adj = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (adj >= 0) {
    write_all(adj, "1000", 4);
    close(adj);
  }
  char *env[] = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=" WORKSPACE,
                 "TMPDIR=/tmp", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", NULL};
  /* Fail closed: a stage never runs without the filter. */
  if (install_syscall_filter() < 0) {
    dprintf(STDERR_FILENO, "cannot install the system call filter: %s\n", strerror(errno));
    _exit(126);
  }
  execvpe(cmd.argv[0], cmd.argv, env);
  dprintf(STDERR_FILENO, "cannot run %s: %s\n", cmd.argv[0], strerror(errno));
  _exit(127);
}

static stage_result_t run_stage(command_t cmd, buffer_t in, long timeout_ms, size_t output_limit) {
  stage_result_t r = {0};
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) || pipe2(out_pipe, O_CLOEXEC) || pipe2(err_pipe, O_CLOEXEC))
    fail("pipe: %s", strerror(errno));
  long oom_before = read_oom_kills();
  long started = now_ms();
  pid_t pid = fork();
  if (pid < 0) fail("fork: %s", strerror(errno));
  if (pid == 0) exec_child(cmd, in_pipe[0], out_pipe[1], err_pipe[1], (timeout_ms + 999) / 1000 + 1);
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  set_nonblocking(in_pipe[1]);
  set_nonblocking(out_pipe[0]);
  set_nonblocking(err_pipe[0]);

  size_t in_sent = 0;
  int in_fd = in_pipe[1];
  if (in.len == 0) {
    close(in_fd);
    in_fd = -1;
  }
  int out_fd = out_pipe[0], err_fd = err_pipe[0];
  int exited = 0, killed_by_us = 0, status = 0;
  long drain_deadline = 0;
  struct rusage usage = {0};

  while (out_fd >= 0 || err_fd >= 0 || !exited) {
    /* Reap everything: orphans re-parented to PID 1 would otherwise hold pids. */
    pid_t done;
    int done_status;
    struct rusage done_usage;
    while (!exited && (done = wait4(-1, &done_status, WNOHANG, &done_usage)) > 0) {
      if (done == pid) {
        status = done_status;
        usage = done_usage;
        exited = 1;
        r.wall_ms = now_ms() - started;
        /* Whatever the program started in the background ends with it. */
        kill_all_others();
        drain_deadline = now_ms() + DRAIN_AFTER_EXIT_MS;
      }
    }
    long now = now_ms();
    if (!exited && !killed_by_us && now - started >= timeout_ms) {
      r.timed_out = 1;
      killed_by_us = 1;
      kill_all_others();
    }
    if (exited && now >= drain_deadline) break;

    struct pollfd fds[4];
    int nfds = 0;
    if (!exited) fds[nfds++] = (struct pollfd){child_signal_fd, POLLIN, 0};
    if (out_fd >= 0) fds[nfds++] = (struct pollfd){out_fd, POLLIN, 0};
    if (err_fd >= 0) fds[nfds++] = (struct pollfd){err_fd, POLLIN, 0};
    if (in_fd >= 0) fds[nfds++] = (struct pollfd){in_fd, POLLOUT, 0};
    /* Once killed, the child's SIGCHLD is what the loop waits for. */
    long wait_ms = exited ? drain_deadline - now : killed_by_us ? 1000 : timeout_ms - (now - started);
    if (wait_ms < 0) wait_ms = 0;
    int ready = nfds ? poll(fds, (nfds_t)nfds, (int)wait_ms) : 0;
    if (ready < 0 && errno != EINTR) fail("poll: %s", strerror(errno));
    for (int i = 0; ready > 0 && i < nfds; i++) {
      if (!fds[i].revents) continue;
      int fd = fds[i].fd;
      if (fd == child_signal_fd) {
        struct signalfd_siginfo info;
        while (read(child_signal_fd, &info, sizeof info) > 0) {
        }
        continue;
      }
      if (fd == in_fd) {
        ssize_t n = write(in_fd, in.data + in_sent, in.len - in_sent);
        if (n > 0) in_sent += (size_t)n;
        if ((n < 0 && errno != EAGAIN) || in_sent == in.len || (fds[i].revents & (POLLERR | POLLHUP))) {
          close(in_fd);
          in_fd = -1;
        }
        continue;
      }
      char chunk[65536];
      ssize_t n = read(fd, chunk, sizeof chunk);
      if (n > 0) {
        size_t used = r.out.len + r.err.len;
        size_t room = used < output_limit ? output_limit - used : 0;
        size_t keep = (size_t)n < room ? (size_t)n : room;
        append(fd == out_fd ? &r.out : &r.err, chunk, keep);
        if ((size_t)n > room && !r.output_exceeded) {
          r.output_exceeded = 1;
          killed_by_us = 1;
          kill_all_others();
        }
      } else if (n == 0 || errno != EAGAIN) {
        close(fd);
        if (fd == out_fd) out_fd = -1;
        else err_fd = -1;
      }
    }
  }
  if (in_fd >= 0) close(in_fd);
  if (out_fd >= 0) close(out_fd);
  if (err_fd >= 0) close(err_fd);
  kill_all_others();
  while (waitpid(-1, NULL, WNOHANG) > 0) {
  }

  r.maxrss_kb = usage.ru_maxrss;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  if (r.signal == SIGXCPU) r.timed_out = 1;
  long oom_after = read_oom_kills();
  r.oom = !killed_by_us && r.signal == SIGKILL && oom_before >= 0 && oom_after > oom_before;
  return r;
}

static void report(const char *name, stage_result_t *r) {
  char header[512];
  int n = snprintf(header, sizeof header,
                   "stage %s exit=%d signal=%d wall_ms=%ld timeout=%d output_exceeded=%d oom=%d maxrss_kb=%ld "
                   "stdout_len=%zu stderr_len=%zu\n",
                   name, r->exit_code, r->signal, r->wall_ms, r->timed_out, r->output_exceeded, r->oom, r->maxrss_kb,
                   r->out.len, r->err.len);
  write_all(STDOUT_FILENO, header, (size_t)n);
  if (r->out.len) write_all(STDOUT_FILENO, r->out.data, r->out.len);
  if (r->err.len) write_all(STDOUT_FILENO, r->err.data, r->err.len);
}

/* Artifacts collected by nftw's callback, which takes no user data. */
static buffer_t artifacts;
static size_t artifact_bytes;
static int artifacts_too_large;

static int collect_artifact(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)ftw;
  if (type != FTW_F || !S_ISREG(st->st_mode)) return 0; /* links and special files are never returned */
  const char *name = path + 2;                           /* nftw paths start with "./" */
  for (int i = 0; i < submitted_count; i++)
    if (strcmp(submitted[i], name) == 0) return 0;
  artifact_bytes += (size_t)st->st_size;
  if (artifact_bytes > MAX_ARTIFACT_BYTES) {
    artifacts_too_large = 1;
    return 1;
  }
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return 0;
  char header[128];
  int n = snprintf(header, sizeof header, "artifact %o %lld %zu\n", (unsigned)(st->st_mode & 0777), (long long)st->st_size,
                   strlen(name));
  append(&artifacts, header, (size_t)n);
  append(&artifacts, name, strlen(name));
  size_t start = artifacts.len;
  char chunk[65536];
  ssize_t got;
  while ((got = read(fd, chunk, sizeof chunk)) > 0) append(&artifacts, chunk, (size_t)got);
  close(fd);
  if (artifacts.len - start != (size_t)st->st_size) fail("artifact %s changed while read", name);
  return 0;
}

/* Reports every regular file the compile stage created, before the program runs. */
static void report_artifacts(void) {
  if (nftw(".", collect_artifact, 16, FTW_PHYS) < 0) fail("walk workspace: %s", strerror(errno));
  if (artifacts_too_large) write_all(STDOUT_FILENO, "artifacts_skipped\n", 18);
  else if (artifacts.len) write_all(STDOUT_FILENO, artifacts.data, artifacts.len);
}

static int stage_failed(stage_result_t *r) {
  return r->exit_code != 0 || r->signal != 0 || r->timed_out || r->output_exceeded;
}

int main(void) {
  /* Not dumpable: the program (same uid) can then neither ptrace the agent nor open
   * /proc/1/fd, /proc/1/mem or /proc/1/environ, which the kernel gives to root. */
  if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0) fail("prctl(PR_SET_DUMPABLE): %s", strerror(errno));
  signal(SIGPIPE, SIG_IGN);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  child_signal_fd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);
  if (child_signal_fd < 0) fail("signalfd: %s", strerror(errno));
  char magic[6];
  read_exact(magic, sizeof magic);
  if (memcmp(magic, "GIDE1\n", sizeof magic) != 0) fail("bad request header");
  if (chdir(WORKSPACE) < 0) fail("chdir " WORKSPACE ": %s", strerror(errno));

  buffer_t in = {0}, compile_payload = {0}, run_payload = {0};
  long compile_ms = 0, run_ms = 0;
  int want_artifacts = 0;
  size_t output_limit = 0;
  for (;;) {
    unsigned char head[5];
    read_exact(head, sizeof head);
    uint32_t len = ((uint32_t)head[1] << 24) | ((uint32_t)head[2] << 16) | ((uint32_t)head[3] << 8) | head[4];
    if (len > MAX_RECORD_BYTES) fail("record too large");
    buffer_t payload = {malloc(len + 1), len};
    if (!payload.data) fail("out of memory");
    read_exact(payload.data, len);
    payload.data[len] = '\0';
    switch (head[0]) {
      case 'F': write_file(payload, 0600); free(payload.data); break;
      case 'X': write_file(payload, 0500); free(payload.data); break;
      case 'A': want_artifacts = 1; free(payload.data); break;
      case 'I': in = payload; break;
      case 'C': compile_payload = payload; break;
      case 'R': run_payload = payload; break;
      case 'L':
        if (sscanf(payload.data, "%ld %ld %zu", &compile_ms, &run_ms, &output_limit) != 3) fail("bad limits");
        free(payload.data);
        break;
      case 'E': goto request_complete;
      default: fail("unknown record type %d", head[0]);
    }
  }
request_complete:
  if (run_payload.len == 0 || run_ms <= 0 || output_limit == 0) fail("incomplete request");

  if (compile_payload.len > 0) {
    stage_result_t compiled = run_stage(parse_command(compile_payload), (buffer_t){0}, compile_ms, output_limit);
    report("compile", &compiled);
    if (stage_failed(&compiled)) {
      write_all(STDOUT_FILENO, "end\n", 4);
      return 0;
    }
    if (want_artifacts) report_artifacts();
  }
  stage_result_t ran = run_stage(parse_command(run_payload), in, run_ms, output_limit);
  report("run", &ran);
  write_all(STDOUT_FILENO, "end\n", 4);
  return 0;
}
