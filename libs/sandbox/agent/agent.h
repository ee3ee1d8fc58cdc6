/*
 * ghostide-agent: the first process of every sandbox container. It speaks
 * the GIDE2 host protocol (PROTOCOL.md) on its stdin and stdout and runs each
 * stage of a job (compile, runs) either in a fresh jail (host mode) or
 * directly in the container (single-job mode, --single-job --no-jail).
 *
 * Files: protocol.c (frames), job.c (a job's files and artifacts),
 * jail.c (namespaces and mounts of one stage), filter.c (the program's
 * seccomp filter), stage.c (starting a stage, pumping its I/O, its result),
 * main.c (modes and the job loop).
 */
#ifndef GHOSTIDE_AGENT_H
#define GHOSTIDE_AGENT_H

#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define WORKSPACE "/workspace"
/* uid and gid of the `sandbox` user (dockerfiles/sandbox-base.Dockerfile), inside and outside the jail. */
#define SANDBOX_ID 10001
#define MAX_HOST_FRAME_BYTES (64u * 1024u * 1024u)
#define MAX_OUTPUT_FRAME_BYTES (64u * 1024u)
#define MAX_FILES 256
#define MAX_ARTIFACTS 4096
/* Artifacts are returned to the host (for its compile cache) up to this size; carried to runs always. */
#define MAX_RETURNED_ARTIFACT_BYTES (32u * 1024u * 1024u)
/* Stdin buffered in the agent before it stops reading host frames. */
#define MAX_BUFFERED_STDIN (1u * 1024u * 1024u)

typedef struct {
  char *data;
  size_t len;
  size_t cap;
} buffer_t;

void buffer_append(buffer_t *b, const void *data, size_t len);
void buffer_consume(buffer_t *b, size_t len);
void buffer_free(buffer_t *b);

/* ---- protocol.c ---- */

typedef struct {
  char type;
  char *payload; /* NUL-terminated copy, owned by the caller */
  uint32_t len;
} frame_t;

/* Reports an agent failure to the host ('x') and exits; never returns. */
__attribute__((noreturn, format(printf, 1, 2))) void fail(const char *fmt, ...);
/* Writes one frame to the host; exits quietly when the host is gone. */
void send_frame(char type, const void *payload, size_t len);
void send_text_frame(char type, const char *text);
/* Appends one frame to a buffer (artifact frames travel from the jail through a pipe). */
void buffer_append_frame(buffer_t *b, char type, const void *payload, size_t len);
/* Writes frames built with buffer_append_frame to the host. */
void send_frames(const buffer_t *frames);
/* The type of the whole frame at the front of b; 0 when b holds none yet. */
char peek_frame_type(const buffer_t *b);
/* Takes the first whole frame off the front of b; 0 when b holds none yet. */
int take_frame(buffer_t *b, frame_t *frame);
/* Reads from the host into its input buffer; returns bytes read, 0 at end of input. */
size_t read_from_host(buffer_t *input);
int64_t now_ms(void);

/* ---- job.c ---- */

typedef struct {
  char *path;
  char *data;
  size_t len;
  mode_t mode;
} job_file_t;

typedef struct {
  job_file_t files[MAX_FILES]; /* as the host sent them: sources, cached compiled files */
  int file_count;
  job_file_t *artifacts; /* what a successful compile created, carried into every run */
  int artifact_count;
  int return_artifacts; /* 'A': also send them to the host */
  int stages_started;
} job_t;

/* Adds an 'F' or 'X' frame's file; also written at once when write_now (single-job mode). */
void job_add_file(job_t *job, frame_t *frame, mode_t mode, int write_now);
/* Writes the job's files and artifacts into the current directory; an error message, or NULL. */
const char *job_write_files(const job_t *job);
/* Appends an 'a' frame per regular file below "." that is not a job file as sent, or one 'n' when they exceed max_bytes. */
void collect_artifacts(const job_t *job, buffer_t *frames, size_t max_bytes);
/* Keeps the artifacts of 'a' frames in frames for later runs. */
void job_keep_artifacts(job_t *job, const buffer_t *frames);
void job_free(job_t *job);
/* Creates path with its parent folders; O_EXCL|O_NOFOLLOW never follows a link. 0 or an errno. */
int write_file(const char *path, const char *data, size_t len, mode_t mode);

/* ---- filter.c ---- */

/* The program's seccomp filter (also sets no_new_privs); -1 with errno on failure. */
int install_program_filter(void);

/* ---- jail.c ---- */

/* Namespaces of a jail; the clone flags of its init. */
#define JAIL_CLONE_FLAGS \
  (CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS)

/* Makes the calling process (just cloned into new namespaces) a jail; an error message, or NULL. */
const char *enter_jail(int workspace_mb);

/* ---- stage.c ---- */

typedef struct {
  int64_t wall_ms;
  int64_t cpu_ms;
  size_t output_bytes;
  char **argv;
} stage_spec_t;

typedef struct {
  int exit_code; /* -1 when a signal ended the program */
  int signal;
  int64_t wall_ms;
  int64_t cpu_ms;
  int timed_out;
  int output_exceeded;
  int oom;
  int killed; /* 'K' from the host */
  long maxrss_kb;
} stage_result_t;

typedef struct {
  int jailed;       /* host mode: each stage in a fresh jail */
  int workspace_mb; /* size of the jail's /workspace tmpfs */
  int quiet;        /* the start-up self-test: no frames to the host */
} agent_options_t;

typedef enum { STAGE_COMPILE, STAGE_RUN } stage_kind_t;

/* Parses a 'C'/'R' payload: limits line, newline, NUL-separated argv. */
stage_spec_t parse_stage_spec(frame_t *frame);
/*
 * Runs one stage to its end, forwarding output and applying the host's
 * I/S/K frames from input; other frames stay in input. host_gone is set
 * when the host's input ended.
 */
stage_result_t run_stage(const agent_options_t *options, job_t *job, stage_kind_t kind, const stage_spec_t *spec,
                         buffer_t *input, int *host_gone);
void send_stage_result(stage_kind_t kind, const stage_result_t *result);
int stage_succeeded(const stage_result_t *result);

/* ---- program start (stage.c) ---- */

/* In the forked program: stdio, limits, no capabilities, clean environment, filter, exec. Never returns. */
__attribute__((noreturn)) void exec_program(const stage_spec_t *spec, int in_fd, int out_fd, int err_fd, int drop_caps);

#endif
