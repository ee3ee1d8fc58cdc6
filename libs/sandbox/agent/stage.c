/*
 * One stage: start its program (in a fresh jail, or directly), pump its
 * stdin, stdout and stderr while it runs, apply its limits, and measure it.
 *
 * Jailed, the agent clones a jail init (jail.c) that forks the program and
 * waits for it; when the program exits the init kills everything else in the
 * jail (kill(-1) from PID 1 of a pid namespace), reaps it all, and writes a
 * report (and a successful compile's artifacts) to the result pipe. Its own
 * exit ends the pid namespace, so no process of the stage survives it.
 * Unjailed (single-job mode), the agent is PID 1 of the container and does
 * the same with kill(-1) itself.
 */
#include "agent.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* After the program ended, its output pipes get this long to drain. */
#define DRAIN_AFTER_EXIT_MS 200
/* After a kill request, the jail's init gets this long to report before it is killed itself. */
#define KILL_GRACE_MS 1000
/* Control pipe byte asking the jail's init to kill the program; other bytes are signal numbers. */
#define CONTROL_KILL 'k'

typedef struct {
  int status; /* wait status of the program */
  int64_t wall_ms;
  int64_t cpu_ms;
  long maxrss_kb;
  char error[256]; /* set-up failure; empty when the jail started */
} jail_report_t;

typedef struct {
  int stdin_read, stdin_write;
  int stdout_read, stdout_write;
  int stderr_read, stderr_write;
  int result_read, result_write;   /* jailed only */
  int control_read, control_write; /* jailed only */
} stage_pipes_t;

static int child_signal_fd = -1;

static void pipe_pair(int *read_end, int *write_end) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) < 0) fail("pipe: %s", strerror(errno));
  *read_end = fds[0];
  *write_end = fds[1];
}

static void close_fd(int *fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

static void set_nonblocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

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

static int64_t cpu_ms_of(const struct rusage *usage) {
  return (int64_t)(usage->ru_utime.tv_sec + usage->ru_stime.tv_sec) * 1000 +
         (usage->ru_utime.tv_usec + usage->ru_stime.tv_usec) / 1000;
}

/* Processes of the container besides the agent: after a jailed stage there must be none. */
static int other_processes(void) {
  DIR *proc = opendir("/proc");
  if (!proc) fail("open /proc: %s", strerror(errno));
  int count = 0;
  struct dirent *entry;
  while ((entry = readdir(proc))) {
    char *end;
    long pid = strtol(entry->d_name, &end, 10);
    if (*end == '\0' && pid > 0 && pid != getpid()) count++;
  }
  closedir(proc);
  return count;
}

static void drop_capabilities(void) {
  prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  for (int cap = 0; cap <= 63; cap++) prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
  struct __user_cap_header_struct header = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2] = {{0, 0, 0}, {0, 0, 0}};
  if (syscall(SYS_capset, &header, data) < 0) {
    dprintf(STDERR_FILENO, "cannot drop capabilities: %s\n", strerror(errno));
    _exit(126);
  }
}

void exec_program(const stage_spec_t *spec, int in_fd, int out_fd, int err_fd, int drop_caps) {
  /* Inherited from a non-dumpable parent, it would make /proc/self root's and oom_score_adj unwritable. */
  prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  dup2(in_fd, STDIN_FILENO);
  dup2(out_fd, STDOUT_FILENO);
  dup2(err_fd, STDERR_FILENO);
  close_range(3, ~0U, 0);
  /* Ignored and blocked signals survive exec: give the program the defaults back. */
  signal(SIGPIPE, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  rlim_t cpu_seconds = (rlim_t)((spec->cpu_ms + 999) / 1000);
  struct rlimit cpu = {cpu_seconds, cpu_seconds + 1};
  setrlimit(RLIMIT_CPU, &cpu);
  /* The program, not the agent, is what the OOM killer should pick. */
  int adj = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (adj >= 0) {
    if (write(adj, "1000", 4) < 0) { /* best effort: the limit holds either way */
    }
    close(adj);
  }
  if (drop_caps) drop_capabilities();
  char *env[] = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=" WORKSPACE, "TMPDIR=/tmp",
                 "LANG=C.UTF-8", "LC_ALL=C.UTF-8", NULL};
  /* Fail closed: a program never runs without the filter. */
  if (install_program_filter() < 0) {
    dprintf(STDERR_FILENO, "cannot install the system call filter: %s\n", strerror(errno));
    _exit(126);
  }
  execvpe(spec->argv[0], spec->argv, env);
  dprintf(STDERR_FILENO, "cannot run %s: %s\n", spec->argv[0], strerror(errno));
  _exit(127);
}

static void write_report(int fd, const jail_report_t *report) {
  if (write(fd, report, sizeof *report) != (ssize_t)sizeof *report) _exit(4);
}

/* PID 1 of the stage's namespaces: sets the jail up, runs the program, reports. Never returns. */
__attribute__((noreturn)) static void jail_init(const agent_options_t *options, const job_t *job, stage_kind_t kind,
                                                const stage_spec_t *spec, const stage_pipes_t *pipes) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  /* The host's stream and the agent's pipe ends stay with the agent. */
  int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
  dup2(devnull, STDIN_FILENO);
  dup2(devnull, STDOUT_FILENO);
  dup2(devnull, STDERR_FILENO);
  close(devnull);
  close(pipes->stdin_write);
  close(pipes->stdout_read);
  close(pipes->stderr_read);
  close(pipes->result_read);
  close(pipes->control_write);
  close(child_signal_fd);

  jail_report_t report = {0};
  const char *error = enter_jail(options->workspace_mb);
  if (!error) error = job_write_files(job);
  if (error) {
    snprintf(report.error, sizeof report.error, "%s", error);
    write_report(pipes->result_write, &report);
    _exit(1);
  }
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  int signal_fd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);
  if (signal_fd < 0) _exit(5);

  int64_t started = now_ms();
  pid_t program = fork();
  if (program < 0) {
    snprintf(report.error, sizeof report.error, "jail: fork: %s", strerror(errno));
    write_report(pipes->result_write, &report);
    _exit(1);
  }
  if (program == 0) exec_program(spec, pipes->stdin_read, pipes->stdout_write, pipes->stderr_write, 1);
  close(pipes->stdin_read);
  close(pipes->stdout_write);
  close(pipes->stderr_write);

  int control = pipes->control_read;
  for (int exited = 0; !exited;) {
    struct pollfd fds[2] = {{signal_fd, POLLIN, 0}, {control, POLLIN, 0}};
    if (poll(fds, control >= 0 ? 2 : 1, -1) < 0 && errno != EINTR) _exit(6);
    if (control >= 0 && fds[1].revents) {
      unsigned char requests[64];
      ssize_t n = read(control, requests, sizeof requests);
      if (n <= 0) control = -1;
      for (ssize_t i = 0; i < n; i++) {
        if (requests[i] == CONTROL_KILL) kill(-1, SIGKILL);
        else kill(program, requests[i]);
      }
    }
    struct signalfd_siginfo info;
    while (read(signal_fd, &info, sizeof info) > 0) {
    }
    int status;
    pid_t done;
    while ((done = waitpid(-1, &status, WNOHANG)) > 0) {
      if (done == program) {
        report.status = status;
        exited = 1;
      }
    }
  }
  report.wall_ms = now_ms() - started;
  /* Whatever the program started in the background ends with it. */
  kill(-1, SIGKILL);
  while (waitpid(-1, NULL, 0) > 0 || errno == EINTR) {
  }
  struct rusage usage;
  getrusage(RUSAGE_CHILDREN, &usage);
  report.cpu_ms = cpu_ms_of(&usage);
  report.maxrss_kb = usage.ru_maxrss;
  write_report(pipes->result_write, &report);
  if (kind == STAGE_COMPILE && WIFEXITED(report.status) && WEXITSTATUS(report.status) == 0) {
    /* Read after every process of the stage is gone, so nothing can change them any more. */
    buffer_t frames = {0};
    collect_artifacts(job, &frames, (size_t)-1);
    const char *p = frames.data;
    size_t left = frames.len;
    while (left > 0) {
      ssize_t n = write(pipes->result_write, p, left);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) _exit(7);
      p += n;
      left -= (size_t)n;
    }
  }
  _exit(0);
}

stage_spec_t parse_stage_spec(frame_t *frame) {
  stage_spec_t spec = {0};
  char *newline = memchr(frame->payload, '\n', frame->len);
  if (!newline) fail("stage frame without a limits line");
  *newline = '\0';
  int have = 0;
  for (char *save = NULL, *pair = strtok_r(frame->payload, " ", &save); pair; pair = strtok_r(NULL, " ", &save)) {
    long long value;
    char key[32];
    if (sscanf(pair, "%31[a-z_]=%lld", key, &value) != 2 || value <= 0) fail("bad stage limit %.40s", pair);
    if (strcmp(key, "wall_ms") == 0) spec.wall_ms = value, have |= 1;
    else if (strcmp(key, "cpu_ms") == 0) spec.cpu_ms = value, have |= 2;
    else if (strcmp(key, "output_bytes") == 0) spec.output_bytes = (size_t)value, have |= 4;
    else fail("unknown stage limit %.40s", key);
  }
  if (have != 7) fail("stage limits need wall_ms, cpu_ms and output_bytes");
  char *args = newline + 1;
  size_t args_len = frame->len - (size_t)(args - frame->payload);
  if (args_len == 0) fail("stage frame without a command");
  int argc = 0;
  for (size_t i = 0; i < args_len; i++) argc += args[i] == '\0';
  argc += args[args_len - 1] != '\0';
  spec.argv = calloc((size_t)argc + 1, sizeof(char *));
  if (!spec.argv) fail("out of memory");
  /* The payload is NUL-terminated by take_frame, so the last argument ends too. */
  for (int i = 0; i < argc; i++) {
    spec.argv[i] = args;
    args += strlen(args) + 1;
  }
  return spec;
}

int stage_succeeded(const stage_result_t *r) {
  return r->exit_code == 0 && r->signal == 0 && !r->timed_out && !r->output_exceeded && !r->killed;
}

void send_stage_result(stage_kind_t kind, const stage_result_t *r) {
  char text[512];
  snprintf(text, sizeof text,
           "stage=%s exit=%d signal=%d wall_ms=%lld cpu_ms=%lld timeout=%d output_exceeded=%d oom=%d killed=%d "
           "maxrss_kb=%ld",
           kind == STAGE_COMPILE ? "compile" : "run", r->exit_code, r->signal, (long long)r->wall_ms,
           (long long)r->cpu_ms, r->timed_out, r->output_exceeded, r->oom, r->killed, r->maxrss_kb);
  send_text_frame('s', text);
}

/* What the pump loop knows about the stage while it runs. */
typedef struct {
  const agent_options_t *options;
  stage_pipes_t pipes;
  pid_t pid; /* the jail's init, or the program */
  int64_t started;
  int64_t deadline;
  int64_t kill_deadline; /* jailed: when a killed jail's init is killed itself */
  int64_t drain_deadline;
  int kill_requested;
  int reaped;
  int status;
  struct rusage usage;
  size_t output_sent;
  buffer_t stdin_pending;
  int stdin_close_requested;
  int host_paused; /* a frame for after the stage waits in the input */
  buffer_t report;
  stage_result_t result;
} stage_state_t;

static void kill_stage(stage_state_t *s) {
  if (s->kill_requested || s->reaped) return;
  s->kill_requested = 1;
  s->kill_deadline = now_ms() + KILL_GRACE_MS;
  if (!s->options->jailed) {
    kill(-1, SIGKILL);
    return;
  }
  char request = CONTROL_KILL;
  if (write(s->pipes.control_write, &request, 1) != 1) kill(s->pid, SIGKILL);
}

static void apply_host_frame(stage_state_t *s, frame_t *frame) {
  if (frame->type == 'I') {
    if (frame->len == 0) s->stdin_close_requested = 1;
    else if (s->pipes.stdin_write >= 0) buffer_append(&s->stdin_pending, frame->payload, frame->len);
  } else if (frame->type == 'S') {
    int signo = atoi(frame->payload);
    if (signo < 1 || signo > 64) fail("bad signal %.20s", frame->payload);
    unsigned char request = (unsigned char)signo;
    if (!s->options->jailed) kill(s->pid, signo);
    else if (write(s->pipes.control_write, &request, 1) != 1) fail("signal the jail: %s", strerror(errno));
  } else if (frame->type == 'K') {
    s->result.killed = 1;
    kill_stage(s);
  }
}

/* Applies I, S and K frames from the front of input; stops at any other frame. */
static void apply_host_frames(stage_state_t *s, buffer_t *input) {
  for (char type; !s->host_paused && (type = peek_frame_type(input));) {
    if (type != 'I' && type != 'S' && type != 'K') {
      s->host_paused = 1;
      return;
    }
    frame_t frame;
    take_frame(input, &frame);
    apply_host_frame(s, &frame);
    free(frame.payload);
  }
}

static void write_stdin(stage_state_t *s) {
  ssize_t n = write(s->pipes.stdin_write, s->stdin_pending.data, s->stdin_pending.len);
  if (n > 0) buffer_consume(&s->stdin_pending, (size_t)n);
  else if (n < 0 && errno != EAGAIN && errno != EINTR) {
    /* The program closed its stdin (EPIPE): the rest has nowhere to go. */
    s->stdin_pending.len = 0;
    close_fd(&s->pipes.stdin_write);
  }
}

static void forward_output(stage_state_t *s, int *fd, char type, size_t limit) {
  char chunk[MAX_OUTPUT_FRAME_BYTES];
  ssize_t n = read(*fd, chunk, sizeof chunk);
  if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
  if (n <= 0) {
    close_fd(fd);
    return;
  }
  size_t room = s->output_sent < limit ? limit - s->output_sent : 0;
  size_t keep = (size_t)n < room ? (size_t)n : room;
  if (keep && !s->options->quiet) send_frame(type, chunk, keep);
  s->output_sent += keep;
  if ((size_t)n > room && !s->result.output_exceeded) {
    s->result.output_exceeded = 1;
    kill_stage(s);
  }
}

static void read_report(stage_state_t *s) {
  char chunk[65536];
  ssize_t n = read(s->pipes.result_read, chunk, sizeof chunk);
  if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
  if (n <= 0) close_fd(&s->pipes.result_read);
  else buffer_append(&s->report, chunk, (size_t)n);
}

static void reap(stage_state_t *s) {
  struct signalfd_siginfo info;
  while (read(child_signal_fd, &info, sizeof info) > 0) {
  }
  int status;
  struct rusage usage;
  pid_t done;
  while ((done = wait4(-1, &status, WNOHANG, &usage)) > 0) {
    if (done != s->pid) continue; /* unjailed: orphans the program left, re-parented to the agent */
    s->reaped = 1;
    s->status = status;
    s->usage = usage;
    s->result.wall_ms = now_ms() - s->started;
    s->drain_deadline = now_ms() + DRAIN_AFTER_EXIT_MS;
    /* Unjailed, whatever the program started in the background ends with it. */
    if (!s->options->jailed) kill(-1, SIGKILL);
  }
}

static void pump(stage_state_t *s, const stage_spec_t *spec, buffer_t *input, int *host_gone) {
  s->started = now_ms();
  s->deadline = s->started + spec->wall_ms;
  apply_host_frames(s, input);
  while (!s->reaped || s->pipes.stdout_read >= 0 || s->pipes.stderr_read >= 0 || s->pipes.result_read >= 0) {
    int64_t now = now_ms();
    if (!s->reaped && !s->kill_requested && now >= s->deadline) {
      s->result.timed_out = 1;
      kill_stage(s);
    }
    if (!s->reaped && s->kill_requested && now >= s->kill_deadline) {
      kill(s->pid, SIGKILL);
      s->kill_deadline = now + KILL_GRACE_MS;
    }
    if (s->reaped && now >= s->drain_deadline) break;
    if (s->pipes.stdin_write >= 0 && s->stdin_close_requested && s->stdin_pending.len == 0)
      close_fd(&s->pipes.stdin_write);

    struct pollfd fds[6];
    int nfds = 0, host = -1, in = -1, out = -1, err = -1, report = -1, child = -1;
    if (!*host_gone && !s->host_paused && !s->reaped && s->stdin_pending.len < MAX_BUFFERED_STDIN)
      fds[host = nfds++] = (struct pollfd){STDIN_FILENO, POLLIN, 0};
    if (s->pipes.stdin_write >= 0 && s->stdin_pending.len > 0)
      fds[in = nfds++] = (struct pollfd){s->pipes.stdin_write, POLLOUT, 0};
    if (s->pipes.stdout_read >= 0) fds[out = nfds++] = (struct pollfd){s->pipes.stdout_read, POLLIN, 0};
    if (s->pipes.stderr_read >= 0) fds[err = nfds++] = (struct pollfd){s->pipes.stderr_read, POLLIN, 0};
    if (s->pipes.result_read >= 0) fds[report = nfds++] = (struct pollfd){s->pipes.result_read, POLLIN, 0};
    if (!s->reaped) fds[child = nfds++] = (struct pollfd){child_signal_fd, POLLIN, 0};
    int64_t until = s->reaped ? s->drain_deadline : s->kill_requested ? s->kill_deadline : s->deadline;
    int64_t wait_ms = until - now;
    if (wait_ms < 0) wait_ms = 0;
    if (poll(fds, (nfds_t)nfds, (int)wait_ms) < 0 && errno != EINTR) fail("poll: %s", strerror(errno));

    if (host >= 0 && fds[host].revents) {
      if (read_from_host(input) == 0) {
        /* The worker is gone: nobody wants this stage any more. */
        *host_gone = 1;
        kill_stage(s);
      }
      apply_host_frames(s, input);
    }
    if (in >= 0 && fds[in].revents) write_stdin(s);
    if (out >= 0 && fds[out].revents) forward_output(s, &s->pipes.stdout_read, 'o', spec->output_bytes);
    if (err >= 0 && fds[err].revents) forward_output(s, &s->pipes.stderr_read, 'e', spec->output_bytes);
    if (report >= 0 && fds[report].revents) read_report(s);
    if (child >= 0 && fds[child].revents) reap(s);
  }
}

/* Turns what the stage left (the jail's report, or the program's wait status) into its result. */
static void finish(stage_state_t *s, job_t *job, stage_kind_t kind, long oom_before, int64_t children_cpu_before) {
  stage_result_t *r = &s->result;
  int status = s->status;
  if (s->options->jailed) {
    jail_report_t report;
    if (s->report.len >= sizeof report) {
      memcpy(&report, s->report.data, sizeof report);
      if (report.error[0]) fail("%s", report.error);
      status = report.status;
      r->wall_ms = report.wall_ms;
      r->cpu_ms = report.cpu_ms;
      r->maxrss_kb = report.maxrss_kb;
    } else {
      /* The jail's init itself was killed: by us after the grace time, or by the OOM killer. */
      status = SIGKILL;
    }
  } else {
    struct rusage children;
    getrusage(RUSAGE_CHILDREN, &children);
    r->cpu_ms = cpu_ms_of(&children) - children_cpu_before;
    r->maxrss_kb = s->usage.ru_maxrss;
  }
  r->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r->signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  if (r->signal == SIGXCPU) r->timed_out = 1;
  long oom_after = read_oom_kills();
  /* A compiler's driver outlives the compiler proper the limit killed (g++: "Killed signal terminated
     program cc1plus") and exits 1: for a compile, any kill by the limit that the stage did not survive counts. */
  int killed_by_limit = r->signal == SIGKILL || (kind == STAGE_COMPILE && !stage_succeeded(r));
  r->oom = !s->kill_requested && killed_by_limit && oom_before >= 0 && oom_after > oom_before;

  if (kind != STAGE_COMPILE || !stage_succeeded(r)) return;
  if (s->options->jailed) {
    buffer_t frames = {0};
    buffer_append(&frames, s->report.data + sizeof(jail_report_t), s->report.len - sizeof(jail_report_t));
    job_keep_artifacts(job, &frames);
    if (job->return_artifacts) {
      size_t bytes = 0;
      for (int i = 0; i < job->artifact_count; i++) bytes += job->artifacts[i].len;
      if (bytes > MAX_RETURNED_ARTIFACT_BYTES || peek_frame_type(&frames) == 'n') send_frame('n', "", 0);
      else send_frames(&frames);
    }
    buffer_free(&frames);
  } else if (job->return_artifacts) {
    buffer_t frames = {0};
    collect_artifacts(job, &frames, MAX_RETURNED_ARTIFACT_BYTES);
    send_frames(&frames);
    buffer_free(&frames);
  }
}

stage_result_t run_stage(const agent_options_t *options, job_t *job, stage_kind_t kind, const stage_spec_t *spec,
                         buffer_t *input, int *host_gone) {
  if (child_signal_fd < 0) {
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    child_signal_fd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);
    if (child_signal_fd < 0) fail("signalfd: %s", strerror(errno));
  }
  job->stages_started++;
  stage_state_t s = {.options = options};
  s.pipes = (stage_pipes_t){-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
  pipe_pair(&s.pipes.stdin_read, &s.pipes.stdin_write);
  pipe_pair(&s.pipes.stdout_read, &s.pipes.stdout_write);
  pipe_pair(&s.pipes.stderr_read, &s.pipes.stderr_write);
  if (options->jailed) {
    pipe_pair(&s.pipes.result_read, &s.pipes.result_write);
    pipe_pair(&s.pipes.control_read, &s.pipes.control_write);
  }
  long oom_before = read_oom_kills();
  struct rusage children;
  getrusage(RUSAGE_CHILDREN, &children);
  int64_t children_cpu_before = cpu_ms_of(&children);

  /* A raw clone: with no new stack it returns twice, like fork, into new namespaces. */
  s.pid = options->jailed ? (pid_t)syscall(SYS_clone, JAIL_CLONE_FLAGS | SIGCHLD, NULL, NULL, NULL, NULL) : fork();
  if (s.pid < 0) fail("start a stage: %s", strerror(errno));
  if (s.pid == 0) {
    if (options->jailed) jail_init(options, job, kind, spec, &s.pipes);
    exec_program(spec, s.pipes.stdin_read, s.pipes.stdout_write, s.pipes.stderr_write, 0);
  }
  close_fd(&s.pipes.stdin_read);
  close_fd(&s.pipes.stdout_write);
  close_fd(&s.pipes.stderr_write);
  close_fd(&s.pipes.result_write);
  close_fd(&s.pipes.control_read);
  set_nonblocking(s.pipes.stdin_write);
  set_nonblocking(s.pipes.stdout_read);
  set_nonblocking(s.pipes.stderr_read);
  if (options->jailed) set_nonblocking(s.pipes.result_read);
  /* A compile reads nothing: its stdin is empty. */
  if (kind == STAGE_COMPILE) close_fd(&s.pipes.stdin_write);

  pump(&s, spec, input, host_gone);

  close_fd(&s.pipes.stdin_write);
  close_fd(&s.pipes.stdout_read);
  close_fd(&s.pipes.stderr_read);
  close_fd(&s.pipes.result_read);
  close_fd(&s.pipes.control_write);
  if (options->jailed && other_processes() > 0) fail("a jailed stage left processes behind in the host");
  kill(-1, SIGKILL);
  while (waitpid(-1, NULL, WNOHANG) > 0) {
  }
  finish(&s, job, kind, oom_before, children_cpu_before);
  buffer_free(&s.stdin_pending);
  buffer_free(&s.report);
  return s.result;
}
