import { ExecutionResult, ExecutionStatus } from '@ghostide/contracts';

/** What the worker reports about one finished job: its log line and its metrics. Never source, stdin, args or output. */
export interface ExecutionSummary {
  executionId: string;
  language: string;
  status: ExecutionStatus;
  /** From entering the queue to a worker taking the job. */
  queueWaitMs: number;
  /** The compile stage; 0 when taken from the compile cache, null for interpreted languages. */
  compileMs: number | null;
  compileCached: boolean;
  /** The run stage; null when it did not run (compile error, internal error). */
  runMs: number | null;
  /** From entering the queue to the result. */
  totalMs: number;
  /** What went wrong in the service, with status internal_error. */
  error?: string;
}

/**
 * The summary of a job from its result and three instants (epoch ms): queued
 * (the gateway's clock), started and finished (this worker's). Clocks of two
 * machines may disagree a little, so a wait never comes out negative.
 */
export function summarizeExecution(result: ExecutionResult, queuedAt: number, startedAt: number, finishedAt: number): ExecutionSummary {
  const ran = result.status !== ExecutionStatus.CompileError && result.status !== ExecutionStatus.InternalError;
  return {
    executionId: result.execution_id,
    language: result.language,
    status: result.status,
    queueWaitMs: Math.max(0, startedAt - queuedAt),
    compileMs: result.compile_time_ms,
    compileCached: result.compile_cached,
    runMs: ran ? result.execution_time_ms : null,
    totalMs: Math.max(0, finishedAt - queuedAt),
    ...(result.error === undefined ? {} : { error: result.error }),
  };
}
