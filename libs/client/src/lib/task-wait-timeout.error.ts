/** A run that did not finish within the wait's timeout; it may still finish: poll its taskId again. */
export class TaskWaitTimeoutError extends Error {
  constructor(
    readonly timeoutMs: number,
    /** Undefined when the time ran out before the run was even queued. */
    readonly taskId: string | undefined,
  ) {
    super(`${taskId === undefined ? 'the run was not queued' : `task ${taskId} did not finish`} within ${timeoutMs} ms`);
    this.name = 'TaskWaitTimeoutError';
  }
}
