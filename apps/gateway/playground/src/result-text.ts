import { ExecutionApiError, TaskWaitTimeoutError, type ExecutionResult, type TaskEvent, type TaskStatus } from '@ghostide/execution-client';

/** "12 ms" below a second, "1.23 s" from there on. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Peak memory: "812 KB" below a megabyte, "8.4 MB" from there on. */
export function formatMemory(kb: number | null): string {
  if (kb === null) return 'not measured';
  return kb < 1024 ? `${kb} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

/** The run's wall-clock time, and the compile stage's where there was one. */
export function describeTime(result: ExecutionResult): string {
  const run = formatDuration(result.execution_time_ms);
  if (result.compile_cached) return `${run} (compiled program from the cache)`;
  if (result.compile_time_ms !== null) return `${run} (compile ${formatDuration(result.compile_time_ms)})`;
  return run;
}

/** The exit code, the signal that ended the program, or that it never ran (e.g. a compile error). */
export function describeExit(result: ExecutionResult): string {
  if (result.exit_code !== null) return String(result.exit_code);
  if (result.signal !== null) return `killed by ${result.signal}`;
  return 'did not run';
}

/** What a run is doing, for the line beside Run, from its status and stage events; undefined for output and the result. */
export function describeProgress(event: TaskEvent): string | undefined {
  if (event.event === 'status') return event.status === 'queued' ? 'Waiting for a worker…' : 'Preparing the sandbox…';
  if (event.event === 'stage') return event.stage === 'compile' ? 'Compiling…' : 'Running…';
  return undefined;
}

/** What the page's alert shows: a title and every problem named. */
export interface ErrorText {
  title: string;
  messages: string[];
}

/** A task that ended without a result: the service's own failure, not the program's. */
export function describeFailedTask(task: TaskStatus): ErrorText {
  return { title: 'The run failed in the service', messages: [task.error ?? 'The service gave no reason.'] };
}

/** Readable text for whatever a run or the language list failed with. */
export function describeError(error: unknown): ErrorText {
  if (error instanceof ExecutionApiError) {
    const { message, error: reason } = (error.body ?? {}) as { message?: unknown; error?: unknown };
    const title = typeof reason === 'string' ? `${error.status} ${reason}` : `The service answered ${error.status}`;
    const messages = Array.isArray(message)
      ? message.map(String)
      : [typeof message === 'string' ? message : error.body === undefined ? 'The answer had no body.' : JSON.stringify(error.body)];
    // 429 (a rate limit) and 503 (no worker free) say when to come back.
    if (error.retryAfterSeconds !== undefined) messages.push(`Try again in ${error.retryAfterSeconds} s.`);
    return { title, messages };
  }
  if (error instanceof TaskWaitTimeoutError) return { title: 'No result in time', messages: [error.message] };
  return { title: 'Could not reach the execution service', messages: [error instanceof Error ? error.message : String(error)] };
}
