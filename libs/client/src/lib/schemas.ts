import type { components } from './generated/openapi';

type Schemas = components['schemas'];

/** Body of execute and execute/async: language, code or files, stdin, args, session_id, timeout, memory_limit_mb. */
export type ExecutionRequest = Schemas['ExecutionRequest'];
/** One file of a multi-file request. */
export type SourceFile = Schemas['SourceFile'];
/** Result of one run; a program's failure is a status here, not an HTTP error. */
export type ExecutionResult = Schemas['ExecutionResult'];
/** success, compile_error, runtime_error, timeout, memory_limit_exceeded, output_limit_exceeded, cancelled or internal_error. */
export type ExecutionStatus = Schemas['ExecutionStatus'];
/** Answer of execute/async (202). */
export type TaskAccepted = Schemas['TaskAccepted'];
/** A queued run: queued, running (progress, stage), completed (result) or failed (error). */
export type TaskStatus = Schemas['TaskStatus'];
/** Body of validate. */
export type ValidateRequest = Schemas['ValidateRequest'];
/** Answer of validate: valid, errors, warnings. */
export type ValidationReport = Schemas['ValidationReport'];
/** One supported language. */
export type LanguageInfo = Schemas['LanguageInfo'];
/** Body of every 4xx and 5xx of the execution endpoints. */
export type ErrorResponse = Schemas['ErrorResponse'];
/** Body of /health/live and /health/ready. */
export type HealthReport = Schemas['HealthReport'];

/**
 * One event of GET /api/v1/execution/task/{task_id}/events (streamTask), in order: status (queued,
 * then running), stage, the program's stdout and stderr as it writes them, and last the result.
 * The OpenAPI document cannot type an event stream; this is its shape.
 */
export type TaskEvent =
  | { event: 'status'; status: 'queued' | 'running' }
  | { event: 'stage'; stage: 'compile' | 'run' }
  | { event: 'stdout' | 'stderr'; data: string }
  | { event: 'result'; task: TaskStatus };
