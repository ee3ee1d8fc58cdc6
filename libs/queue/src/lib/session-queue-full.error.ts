/** Thrown by ExecutionQueue.enqueue when the job's session already has its bound of jobs waiting or running. */
export class SessionQueueFullError extends Error {
  constructor(
    readonly queuedJobs: number,
    readonly maxQueuedJobs: number,
  ) {
    super(`the session already has ${queuedJobs} executions waiting or running (at most ${maxQueuedJobs})`);
  }
}
