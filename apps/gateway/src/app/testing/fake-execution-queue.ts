import { ExecutionJobData, ExecutionResult, ExecutionStatus, isTaskEnded, TaskStatus, WorkerHeartbeat } from '@ghostide/contracts';
import { CancelOutcome, EnqueueOptions, ExecutionQueue, QueuedExecution, SessionQueueFullError, TaskDetail } from '@ghostide/queue';

/** The part of ExecutionQueue the gateway uses; the fake implements exactly this, so signatures stay in step. */
type GatewayQueue = Pick<
  ExecutionQueue,
  'enqueue' | 'waitingCount' | 'jobCounts' | 'getTask' | 'getTaskDetail' | 'cancel' | 'liveWorkers' | 'ping'
>;

/** A heartbeat of a worker that is alive, reaches Docker and has read its toolchain versions. */
export function liveWorker(overrides: Partial<WorkerHeartbeat> = {}): WorkerHeartbeat {
  return {
    workerId: 'worker-test',
    host: 'test-host',
    dockerReachable: true,
    languageVersions: { python: 'Python 3.11.2', javascript: 'v20.19.0' },
    concurrency: 2,
    idleSandboxes: { 'ghostide-sandbox-python@128m/runc': 2 },
    expiresAt: Date.now() + 60_000,
    ...overrides,
  };
}

/** What a worker would answer for a job: a successful run printing "hello". */
export function successResult(data: ExecutionJobData): ExecutionResult {
  return {
    execution_id: data.executionId,
    language: data.languageId,
    version: 'Python 3.11.2',
    status: ExecutionStatus.Success,
    exit_code: 0,
    signal: null,
    stdout: 'hello\n',
    stderr: '',
    output_truncated: false,
    compile_output: null,
    execution_time_ms: 12,
    cpu_time_ms: 12,
    memory_usage_kb: 8000,
    compile_time_ms: null,
    compile_cached: false,
  };
}

/**
 * In-memory stand-in for the Bull/Redis ExecutionQueue (provided under the
 * ExecutionQueue token). Tests set its public fields to stage Redis being
 * down, no worker alive, a full queue or a wait that runs out.
 */
export class FakeExecutionQueue implements GatewayQueue {
  /** Heartbeats of the workers alive now. */
  workers: WorkerHeartbeat[] = [liveWorker()];
  /** Jobs waiting for a worker, and jobs running. */
  waiting = 0;
  active = 0;
  /** When set, every call fails with it, as when Redis is unreachable. */
  redisError?: Error;
  /** When set, enqueue alone fails with it, as when Redis at its maxmemory refuses writes. */
  enqueueError?: Error;
  /** When true, calls that read Redis never answer, as when Redis hangs. */
  stalled = false;
  /** Tasks getTask knows, by task id. */
  readonly tasks = new Map<string, TaskStatus>();
  /** Task ids cancel was asked for and found unfinished, in order. */
  readonly cancelled: string[] = [];
  /** Every job enqueued, in order. */
  readonly enqueued: ExecutionJobData[] = [];
  /** How a job's wait ends; by default a worker answers with a success. */
  finish: (data: ExecutionJobData) => Promise<ExecutionResult> = async (data) => successResult(data);
  /** Whether discardIfWaiting finds the job still waiting (and so removes it). */
  stillWaiting = false;
  /** Session id of every job not finished yet, by execution id: async jobs stay here, sync ones leave when their wait ends. */
  readonly unfinished = new Map<string, string | undefined>();

  async enqueue(data: ExecutionJobData, options: EnqueueOptions = {}): Promise<QueuedExecution> {
    await this.failIfRedisDown();
    if (this.enqueueError) throw this.enqueueError;
    const bound = options.maxQueuedJobsPerSession ?? 0;
    if (data.sessionId && bound > 0) {
      const queuedJobs = [...this.unfinished.values()].filter((sessionId) => sessionId === data.sessionId).length;
      if (queuedJobs >= bound) throw new SessionQueueFullError(queuedJobs, bound);
    }
    this.enqueued.push(data);
    this.unfinished.set(data.executionId, data.sessionId);
    return {
      data,
      result: async () => {
        const result = await this.finish(data);
        this.unfinished.delete(data.executionId);
        return result;
      },
      discardIfWaiting: async () => {
        await this.failIfRedisDown();
        return this.stillWaiting;
      },
    };
  }

  async waitingCount(): Promise<number> {
    await this.failIfRedisDown();
    return this.waiting;
  }

  async jobCounts(): Promise<{ waiting: number; active: number; delayed: number }> {
    await this.failIfRedisDown();
    return { waiting: this.waiting, active: this.active, delayed: 0 };
  }

  async getTask(taskId: string): Promise<TaskStatus | undefined> {
    await this.failIfRedisDown();
    return this.tasks.get(taskId);
  }

  /** The task set in tasks, with the data it was enqueued with; undefined unless both are there. */
  async getTaskDetail(taskId: string): Promise<TaskDetail | undefined> {
    this.failIfRedisDown();
    const task = this.tasks.get(taskId);
    const data = this.enqueued.find((job) => job.executionId === taskId);
    return task && data ? { task, data } : undefined;
  }

  /** Finds the task in tasks: unknown, ended (completed or failed), or cancelled (recorded, the task unchanged). */
  async cancel(taskId: string): Promise<CancelOutcome> {
    await this.failIfRedisDown();
    const task = this.tasks.get(taskId);
    if (!task) return { found: 'unknown' };
    if (isTaskEnded(task)) return { found: 'ended', task };
    this.cancelled.push(taskId);
    return { found: 'cancelled', task };
  }

  async liveWorkers(): Promise<WorkerHeartbeat[]> {
    await this.failIfRedisDown();
    return this.workers;
  }

  async ping(): Promise<void> {
    await this.failIfRedisDown();
  }

  /** Throws redisError; with stalled, never returns. */
  private failIfRedisDown(): Promise<void> {
    if (this.redisError) throw this.redisError;
    return this.stalled ? new Promise(() => undefined) : Promise.resolve();
  }
}
