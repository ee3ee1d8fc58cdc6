/*
 * The agent's entry point: options, a self-test jail, then jobs one after
 * another (PROTOCOL.md). Usage:
 *   ghostide-agent [--workspace-mb N]        host mode: many jobs, every stage jailed
 *   ghostide-agent --single-job --no-jail    one job, stages run in the container itself
 */
#include "agent.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

static agent_options_t parse_options(int argc, char **argv, int *single_job) {
  agent_options_t options = {.jailed = 1, .workspace_mb = 64};
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--single-job") == 0) *single_job = 1;
    else if (strcmp(argv[i], "--no-jail") == 0) options.jailed = 0;
    else if (strcmp(argv[i], "--workspace-mb") == 0 && i + 1 < argc) options.workspace_mb = atoi(argv[++i]);
    else fail("unknown option %.60s", argv[i]);
  }
  if (options.workspace_mb <= 0) fail("--workspace-mb must be a positive number");
  return options;
}

/* Runs `true` in a jail before saying ready: a host whose jails fail never takes a job. */
static void self_test(const agent_options_t *options) {
  agent_options_t quiet = *options;
  quiet.quiet = 1;
  job_t job = {0};
  char *argv[] = {"true", NULL};
  stage_spec_t spec = {.wall_ms = 10000, .cpu_ms = 10000, .output_bytes = 4096, .argv = argv};
  buffer_t no_input = {0};
  int host_gone = 0;
  stage_result_t result = run_stage(&quiet, &job, STAGE_RUN, &spec, &no_input, &host_gone);
  if (!stage_succeeded(&result))
    fail("self-test: a jailed `true` ended with exit=%d signal=%d", result.exit_code, result.signal);
  job_free(&job);
}

int main(int argc, char **argv) {
  /* Not dumpable: a program (same uid) can then neither ptrace the agent nor open its /proc fds and memory. */
  if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) < 0) fail("prctl(PR_SET_DUMPABLE) failed");
  signal(SIGPIPE, SIG_IGN);
  int single_job = 0;
  agent_options_t options = parse_options(argc, argv, &single_job);
  if (!options.jailed && chdir(WORKSPACE) < 0) fail("chdir " WORKSPACE " failed");
  if (options.jailed) self_test(&options);
  send_text_frame('r', "GIDE2");

  buffer_t input = {0};
  job_t job = {0};
  for (;;) {
    frame_t frame;
    while (!take_frame(&input, &frame))
      if (read_from_host(&input) == 0) return 0; /* the worker is gone */
    switch (frame.type) {
      case 'F': job_add_file(&job, &frame, 0600, !options.jailed); break;
      case 'X': job_add_file(&job, &frame, 0700, !options.jailed); break;
      case 'A': job.return_artifacts = 1; break;
      case 'C':
      case 'R': {
        stage_kind_t kind = frame.type == 'C' ? STAGE_COMPILE : STAGE_RUN;
        stage_spec_t spec = parse_stage_spec(&frame);
        int host_gone = 0;
        stage_result_t result = run_stage(&options, &job, kind, &spec, &input, &host_gone);
        free(spec.argv);
        if (host_gone) return 0;
        send_stage_result(kind, &result);
        break;
      }
      case 'I':
      case 'S':
      case 'K': break; /* for a stage that has ended */
      case 'Z':
        job_free(&job);
        send_frame('z', "", 0);
        if (single_job) return 0;
        break;
      default: fail("unknown frame type 0x%02x", (unsigned char)frame.type);
    }
    free(frame.payload);
  }
}
