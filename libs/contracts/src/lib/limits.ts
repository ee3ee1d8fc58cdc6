/** All source files of one submission together, in bytes (API.md: 50 KB). */
export const MAX_SOURCE_BYTES = 50 * 1024;

/** Standard input of one run, in bytes. */
export const MAX_STDIN_BYTES = 1024 * 1024;

/** Files in one submission. */
export const MAX_FILES = 32;

/** Command-line arguments of one run, and the length of each. */
export const MAX_ARGS = 64;
export const MAX_ARG_LENGTH = 4096;

/** Wall-clock limit of a run stage, in seconds (API.md: default 10, at most 30). */
export const DEFAULT_TIMEOUT_SECONDS = 10;
export const MAX_TIMEOUT_SECONDS = 30;

/** Memory of a run, in MB (API.md: default 128). The upper bound is deployment config. */
export const DEFAULT_MEMORY_LIMIT_MB = 128;
export const MIN_MEMORY_LIMIT_MB = 32;

/** Largest file a program may write in its sandbox (RLIMIT_FSIZE), in bytes. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** stdout + stderr of one run together, in bytes (API.md: 1 MB). */
export const OUTPUT_LIMIT_BYTES = 1024 * 1024;

/**
 * Judge0's expected_output, kept with the job in Redis until its result
 * expires; longer than the output limit it could never match anyway.
 */
export const MAX_EXPECTED_OUTPUT_BYTES = 1024 * 1024;

/**
 * A job's data as stored in Redis (JSON): stdin, expected output, source and
 * args together, with room for escaping; beyond it a request is a 413.
 */
export const MAX_JOB_PAYLOAD_BYTES = 3 * 1024 * 1024;
