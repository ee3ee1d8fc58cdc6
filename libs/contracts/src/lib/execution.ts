/** Outcome of a run, exactly as ../shared/API.md names them. */
export enum ExecutionStatus {
  Success = 'success',
  CompileError = 'compile_error',
  RuntimeError = 'runtime_error',
  Timeout = 'timeout',
  MemoryLimitExceeded = 'memory_limit_exceeded',
  OutputLimitExceeded = 'output_limit_exceeded',
  /** Stopped by DELETE /api/v1/execution/task/{task_id}, before or while it ran. */
  Cancelled = 'cancelled',
  InternalError = 'internal_error',
}

/** One source file of a multi-file submission. */
export interface SourceFile {
  name: string;
  content: string;
}

/** Body of POST /api/v1/execution/execute and /execute/async. */
export interface ExecutionRequest {
  language: string;
  code?: string;
  files?: SourceFile[];
  stdin?: string;
  args?: string[];
  session_id?: string;
  timeout?: number;
  memory_limit_mb?: number;
  /** Seconds for the compile stage; at most, and by default, the language's compile limit. */
  compile_timeout?: number;
  /** Memory of the compile stage; at most, and by default, the deployment's (SANDBOX_COMPILE_MEMORY_MB). */
  compile_memory_limit_mb?: number;
}

/** Result of one run (API.md "ExecutionResult"). */
export interface ExecutionResult {
  execution_id: string;
  language: string;
  version: string;
  status: ExecutionStatus;
  exit_code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  output_truncated: boolean;
  compile_output: string | null;
  execution_time_ms: number;
  /** CPU time (user + system) of the run stage's processes; null when it did not run. */
  cpu_time_ms: number | null;
  memory_usage_kb: number | null;
  /** Wall-clock time of the compile stage; null for interpreted languages. */
  compile_time_ms: number | null;
  /** True when the compiled program came from the compile cache (same sources, same toolchain). */
  compile_cached: boolean;
  /** What went wrong in the service, only with status internal_error. */
  error?: string;
}

/** State of an async task as the API reports it. */
export type TaskState = 'queued' | 'running' | 'completed' | 'failed';

/** Body of GET /api/v1/execution/task/{task_id}. */
export interface TaskStatus {
  task_id: string;
  status: TaskState;
  /** 0–100. */
  progress: number;
  /** What the worker is doing now: queued, preparing, compiling, running, finished. */
  stage: ExecutionStage;
  result?: ExecutionResult;
  error?: string;
  created_at: string;
  finished_at?: string;
}

/** A task that will not change any more: completed (with its result) or failed. */
export function isTaskEnded(task: TaskStatus): boolean {
  return task.status === 'completed' || task.status === 'failed';
}

/** Stages a job goes through, reported as progress. */
export type ExecutionStage = 'queued' | 'preparing' | 'compiling' | 'running' | 'finished';

/** Body of POST /api/v1/execution/validate. */
export interface ValidationReport {
  valid: boolean;
  errors: string[];
  warnings: string[];
}

/** One entry of GET /api/v1/execution/languages. */
export interface LanguageInfo {
  id: string;
  name: string;
  version: string;
  aliases: string[];
  extensions: string[];
  compiled: boolean;
  default_timeout: number;
  max_timeout: number;
  default_memory_limit_mb: number;
  /** A live worker has the language's sandbox image; runs of a language not installed are answered 503. */
  installed: boolean;
  /** Prints "Hello, world!". */
  sample: string;
}
