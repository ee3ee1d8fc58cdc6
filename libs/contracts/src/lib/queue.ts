/** Bull queue that carries every execution, sync or async. */
export const EXECUTION_QUEUE = 'execution';

/** Job name of a run in EXECUTION_QUEUE. */
export const RUN_EXECUTION = 'run';

/** Redis hash of worker heartbeats: field = worker id, value = WorkerHeartbeat as JSON. */
export const WORKER_HEARTBEATS_KEY = 'ghostide:workers';

/** Redis pub/sub channel of cancel requests; the message is the execution id. */
export const CANCEL_CHANNEL = 'ghostide:cancel';

/**
 * Redis key set (with a TTL) when an execution is cancelled: a worker that takes the job
 * after the request was published finds it and does not run it.
 */
export const CANCEL_MARK_KEY_PREFIX = 'ghostide:cancelled:';

/** Redis stream of an execution's events (ExecutionEvents), kept as long as its result. */
export const EVENTS_KEY_PREFIX = 'ghostide:events:';

/**
 * Payload of a RUN_EXECUTION job: a request already validated and resolved by
 * the gateway, so the worker trusts its shape but still bounds every limit.
 */
export interface ExecutionJobData {
  executionId: string;
  /** Canonical language id (never an alias). */
  languageId: string;
  files: { name: string; content: string }[];
  stdin: string;
  args: string[];
  timeoutSeconds: number;
  memoryLimitMb: number;
  /** The compile stage's limits, for compiled languages; absent in jobs queued before they existed. */
  compileTimeoutSeconds?: number;
  compileMemoryLimitMb?: number;
  sessionId?: string;
  /** ISO time the gateway accepted the request. */
  acceptedAt: string;
  /**
   * What a compatibility API (Judge0's) keeps of its own request to answer later
   * reads of the task, e.g. Judge0's expected_output; the worker ignores it.
   */
  compat?: Record<string, unknown>;
}

/** Progress a worker reports on a running job. */
export interface ExecutionJobProgress {
  stage: 'preparing' | 'compiling' | 'running' | 'finished';
  percent: number;
}

/** What a live worker publishes in its heartbeat. */
export interface WorkerHeartbeat {
  workerId: string;
  host: string;
  dockerReachable: boolean;
  /** Language id → toolchain version read from its image at worker start. */
  languageVersions: Record<string, string>;
  concurrency: number;
  /** Started sandboxes waiting in the warm pools, by pool (image@memory). */
  idleSandboxes: Record<string, number>;
  /** Where its health and metrics server listens; absent until it listens (WORKER_HTTP_PORT=0 picks any free port). */
  http?: { host: string; port: number };
  /** Epoch ms after which the worker counts as gone unless it beats again. */
  expiresAt: number;
}
