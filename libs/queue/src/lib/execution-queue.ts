import { InjectQueue } from '@nestjs/bull';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import {
  CANCEL_CHANNEL,
  CANCEL_MARK_KEY_PREFIX,
  cancelledResult,
  EXECUTION_QUEUE,
  ExecutionJobData,
  ExecutionJobProgress,
  ExecutionResult,
  isTaskEnded,
  RUN_EXECUTION,
  TaskStatus,
  WORKER_HEARTBEATS_KEY,
  WorkerHeartbeat,
} from '@ghostide/contracts';
import type { Job, Queue } from 'bull';
import type { Redis } from 'ioredis';
import { SessionQueueFullError } from './session-queue-full.error';
import {
  SESSION_JOBS_KEY_PREFIX,
  SESSION_JOBS_KEY_TTL_SECONDS,
  SESSION_SLOT_GRACE_MS,
  TAKE_SESSION_SLOT_SCRIPT,
} from './session-job-slots';
import { withTimeout } from '@ghostide/util';

/** Bound on a single Redis round trip; Redis being down must not hang a request. */
const REDIS_TIMEOUT_MS = 3_000;

/** A task and the data of its job. */
export interface TaskDetail {
  task: TaskStatus;
  data: ExecutionJobData;
}

/** A run in the queue, as the gateway holds it once it is enqueued. */
export interface QueuedExecution {
  readonly data: ExecutionJobData;
  /** Waits (through Redis pub/sub, not polling) for the result, at most timeoutMs; WaitTimeoutError when it runs out. */
  result(timeoutMs: number): Promise<ExecutionResult>;
  /** Removes the job while it is still waiting, so an abandoned sync request does not run later; whether it did. */
  discardIfWaiting(): Promise<boolean>;
}

/** A run as a worker's handler gets it. */
export interface ExecutionJob {
  readonly data: ExecutionJobData;
  /** Epoch ms the gateway added it to the queue. */
  readonly queuedAtMs: number;
  /** Shows the run's stage in its task; best effort, never fails the run. */
  reportProgress(progress: ExecutionJobProgress): void;
}

/** What a cancel request found: the task (now, or as it ended), or nothing by that id. */
export type CancelOutcome = { found: 'cancelled'; task: TaskStatus } | { found: 'ended'; task: TaskStatus } | { found: 'unknown' };

/**
 * Moves a waiting job to the active list, so that Bull can complete it (it completes only
 * active jobs); 0 when it was not waiting (a worker took it, or it is gone).
 */
const TAKE_WAITING_JOB_SCRIPT = `
if redis.call('LREM', KEYS[1], 0, ARGV[1]) == 0 then return 0 end
redis.call('LPUSH', KEYS[2], ARGV[1])
return 1`;

/** Options of ExecutionQueue.enqueue. */
export interface EnqueueOptions {
  /** Jobs a session may have waiting or running at once; 0 or absent: no bound. */
  maxQueuedJobsPerSession?: number;
}

/**
 * The one place that knows how executions are stored in Bull: enqueueing,
 * waiting for a result, processing, reading a task, each session's unfinished
 * jobs, and the workers' heartbeats. Bull's own types stay inside this lib.
 */
@Injectable()
export class ExecutionQueue implements OnModuleDestroy {
  private readonly resultTtlSeconds: number;
  private readonly resultMaxKept: number;
  /** Subscribed to CANCEL_CHANNEL once a worker watches for cancels. */
  private cancelSubscriber?: Redis;
  private readonly cancelWatchers = new Map<string, () => void>();

  constructor(
    @InjectQueue(EXECUTION_QUEUE) private readonly queue: Queue<ExecutionJobData>,
    config: ConfigService<AppConfig, true>,
  ) {
    ({ resultTtlSeconds: this.resultTtlSeconds, resultMaxKept: this.resultMaxKept } = config.get('queue', { infer: true }));
  }

  /**
   * Adds a run; the job id is the execution id, so the task id is known before it runs.
   * With a session id and maxQueuedJobsPerSession, it first takes one of the session's
   * slots, counted in Redis across every gateway and worker; SessionQueueFullError when
   * the session already has that many jobs waiting or running.
   */
  async enqueue(data: ExecutionJobData, options: EnqueueOptions = {}): Promise<QueuedExecution> {
    const bound = options.maxQueuedJobsPerSession ?? 0;
    const sessionId = bound > 0 ? data.sessionId : undefined;
    if (sessionId) await this.takeSessionSlot(sessionId, data.executionId, bound);
    try {
      const job = await withTimeout(
        this.queue.add(RUN_EXECUTION, data, {
          jobId: data.executionId,
          // Results go by age and, past resultMaxKept, oldest first: Redis has a memory ceiling.
          removeOnComplete: { age: this.resultTtlSeconds, count: this.resultMaxKept },
          removeOnFail: { age: this.resultTtlSeconds, count: this.resultMaxKept },
        }),
        REDIS_TIMEOUT_MS,
        'adding the job to Redis',
      );
      return {
        data,
        result: (timeoutMs) => withTimeout(job.finished() as Promise<ExecutionResult>, timeoutMs, 'waiting for the execution'),
        discardIfWaiting: () => this.discardIfWaiting(job),
      };
    } catch (err) {
      if (sessionId) await this.releaseSessionSlot(sessionId, data.executionId).catch(() => undefined);
      throw err;
    }
  }

  /**
   * Takes RUN_EXECUTION jobs, `concurrency` at once: the handler's result is the
   * job's result; a handler that throws fails the job.
   */
  process(concurrency: number, handler: (job: ExecutionJob) => Promise<ExecutionResult>): void {
    void this.queue.process(RUN_EXECUTION, concurrency, (job) =>
      handler({
        data: job.data,
        queuedAtMs: job.timestamp,
        reportProgress: (progress) => void job.progress(progress).catch(() => undefined),
      }),
    );
  }

  private async discardIfWaiting(job: Job<ExecutionJobData>): Promise<boolean> {
    const state = await withTimeout(job.getState(), REDIS_TIMEOUT_MS, 'reading the job state');
    if (state !== 'waiting' && state !== 'delayed') return false;
    await withTimeout(job.remove(), REDIS_TIMEOUT_MS, 'removing the job');
    // The next check would forget it too (its hash is gone); this frees the slot at once.
    if (job.data.sessionId) await this.releaseSessionSlot(job.data.sessionId, job.data.executionId).catch(() => undefined);
    return true;
  }

  /**
   * Cancels a task: a waiting one completes at once with a cancelled result and never runs; for a
   * running one the worker that has it is told (CANCEL_CHANNEL) and kills its sandbox. The mark
   * (CANCEL_MARK_KEY_PREFIX) covers a job a worker takes between the two.
   */
  async cancel(taskId: string): Promise<CancelOutcome> {
    const detail = await this.getTaskDetail(taskId);
    if (!detail) return { found: 'unknown' };
    if (isTaskEnded(detail.task)) return { found: 'ended', task: detail.task };
    const client = this.queue.client;
    await withTimeout(client.set(CANCEL_MARK_KEY_PREFIX + taskId, '1', 'EX', this.resultTtlSeconds), REDIS_TIMEOUT_MS, 'marking the task cancelled');
    const taken = await withTimeout(
      client.eval(TAKE_WAITING_JOB_SCRIPT, 2, this.queue.toKey('wait'), this.queue.toKey('active'), taskId) as Promise<number>,
      REDIS_TIMEOUT_MS,
      'taking the task out of the queue',
    );
    if (taken === 1) {
      const job = await withTimeout(this.queue.getJob(taskId), REDIS_TIMEOUT_MS, 'reading the task');
      const result = cancelledResult(taskId, detail.data.languageId, 'unknown', 'cancelled before it started');
      // ignoreLock: no worker holds it; notFetch: the gateway takes no job in return. @types/bull types the
      // value as a string; Bull JSON-encodes what it is given, as it does a handler's result.
      if (job) await withTimeout(job.moveToCompleted(result as unknown as string, true, true), REDIS_TIMEOUT_MS, 'completing the cancelled task');
      if (detail.data.sessionId) await this.releaseSessionSlot(detail.data.sessionId, taskId).catch(() => undefined);
    } else {
      await withTimeout(client.publish(CANCEL_CHANNEL, taskId), REDIS_TIMEOUT_MS, 'publishing the cancel');
    }
    return { found: 'cancelled', task: (await this.getTask(taskId)) ?? detail.task };
  }

  /**
   * Calls onCancel when the execution is cancelled while this worker runs it, at once if it was
   * before; the returned function stops watching. The first call subscribes to CANCEL_CHANNEL.
   */
  async watchCancel(executionId: string, onCancel: () => void): Promise<() => void> {
    if (!this.cancelSubscriber) {
      this.cancelSubscriber = this.queue.client.duplicate();
      this.cancelSubscriber.on('message', (_channel: string, id: string) => this.cancelWatchers.get(id)?.());
      await withTimeout(this.cancelSubscriber.subscribe(CANCEL_CHANNEL), REDIS_TIMEOUT_MS, 'subscribing to cancel requests');
    }
    this.cancelWatchers.set(executionId, onCancel);
    const marked = await withTimeout(this.queue.client.exists(CANCEL_MARK_KEY_PREFIX + executionId), REDIS_TIMEOUT_MS, 'reading the cancel mark');
    if (marked) onCancel();
    return () => this.cancelWatchers.delete(executionId);
  }

  /** Ends the cancel subscription at shutdown. */
  async onModuleDestroy(): Promise<void> {
    await this.cancelSubscriber?.quit().catch(() => undefined);
  }

  /** Jobs waiting for a worker. */
  async waitingCount(): Promise<number> {
    return withTimeout(this.queue.getWaitingCount(), REDIS_TIMEOUT_MS, 'counting waiting jobs');
  }

  /** Jobs by state, for the queue-depth metric. */
  async jobCounts(): Promise<{ waiting: number; active: number; delayed: number }> {
    const counts = await withTimeout(this.queue.getJobCounts(), REDIS_TIMEOUT_MS, 'counting jobs');
    return { waiting: counts.waiting, active: counts.active, delayed: counts.delayed };
  }

  /** The task as the API shows it; undefined when unknown or past its retention. */
  async getTask(taskId: string): Promise<TaskStatus | undefined> {
    return (await this.getTaskDetail(taskId))?.task;
  }

  /** The task as the API shows it, with the job's data (the request as queued); undefined when unknown or past its retention. */
  async getTaskDetail(taskId: string): Promise<TaskDetail | undefined> {
    let job = await withTimeout(this.queue.getJob(taskId), REDIS_TIMEOUT_MS, 'reading the task');
    if (!job) return undefined;
    // Bull removes old jobs lazily; a result past its retention is gone for the API already.
    if (job.finishedOn && Date.now() - job.finishedOn > this.resultTtlSeconds * 1000) return undefined;
    const state = await withTimeout(job.getState(), REDIS_TIMEOUT_MS, 'reading the task state');
    if ((state === 'completed' || state === 'failed') && !job.finishedOn) {
      // It finished between the two reads: the hash read first has no result yet (a
      // "completed" task with result null). Bull writes result and state in one script.
      job = await withTimeout(this.queue.getJob(taskId), REDIS_TIMEOUT_MS, 'reading the task');
      if (!job) return undefined;
    }
    const task: TaskStatus = {
      task_id: String(job.id),
      status: 'queued',
      progress: 0,
      stage: 'queued',
      created_at: new Date(job.timestamp).toISOString(),
    };
    if (job.finishedOn) task.finished_at = new Date(job.finishedOn).toISOString();
    return { task: taskState(task, state, job), data: job.data };
  }

  /** Publishes a worker's heartbeat; it counts until its expiresAt unless refreshed. */
  async publishHeartbeat(heartbeat: WorkerHeartbeat): Promise<void> {
    await withTimeout(
      this.queue.client.hset(WORKER_HEARTBEATS_KEY, heartbeat.workerId, JSON.stringify(heartbeat)),
      REDIS_TIMEOUT_MS,
      'publishing the heartbeat',
    );
  }

  /** Withdraws a worker's heartbeat at shutdown. */
  async withdrawHeartbeat(workerId: string): Promise<void> {
    await withTimeout(this.queue.client.hdel(WORKER_HEARTBEATS_KEY, workerId), REDIS_TIMEOUT_MS, 'removing the heartbeat');
  }

  /** Heartbeats of the workers alive now (expired ones are ignored; a live worker rewrites its own). */
  async liveWorkers(): Promise<WorkerHeartbeat[]> {
    const all = await withTimeout(this.queue.client.hgetall(WORKER_HEARTBEATS_KEY), REDIS_TIMEOUT_MS, 'reading worker heartbeats');
    const now = Date.now();
    return Object.values(all)
      .map((value) => JSON.parse(value) as WorkerHeartbeat)
      .filter((heartbeat) => heartbeat.expiresAt > now);
  }

  /** Takes a slot of the session for jobId, or throws SessionQueueFullError when all `bound` are held. */
  private async takeSessionSlot(sessionId: string, jobId: string, bound: number): Promise<void> {
    const [queuedJobs, taken] = (await withTimeout(
      this.queue.client.eval(
        TAKE_SESSION_SLOT_SCRIPT,
        1,
        SESSION_JOBS_KEY_PREFIX + sessionId,
        this.queue.toKey(''),
        jobId,
        bound,
        Date.now(),
        SESSION_SLOT_GRACE_MS,
        SESSION_JOBS_KEY_TTL_SECONDS,
      ),
      REDIS_TIMEOUT_MS,
      "counting the session's queued jobs",
    )) as [number, number];
    if (taken !== 1) throw new SessionQueueFullError(queuedJobs, bound);
  }

  private async releaseSessionSlot(sessionId: string, jobId: string): Promise<void> {
    await withTimeout(this.queue.client.zrem(SESSION_JOBS_KEY_PREFIX + sessionId, jobId), REDIS_TIMEOUT_MS, 'releasing a session slot');
  }

  /** Round trip to Redis, for readiness. */
  async ping(): Promise<void> {
    await withTimeout(this.queue.client.ping(), REDIS_TIMEOUT_MS, 'pinging Redis');
  }
}

/** The task in Bull's job state: finished with its result or error, or running with its progress. */
function taskState(task: TaskStatus, state: string, job: Job<ExecutionJobData>): TaskStatus {
  if (state === 'completed') {
    return { ...task, status: 'completed', progress: 100, stage: 'finished', result: job.returnvalue as ExecutionResult };
  }
  if (state === 'failed') {
    return { ...task, status: 'failed', progress: 100, stage: 'finished', error: job.failedReason ?? 'the execution failed' };
  }
  if (state === 'active') {
    const progress = job.progress() as ExecutionJobProgress | number;
    return typeof progress === 'object'
      ? { ...task, status: 'running', progress: progress.percent, stage: progress.stage }
      : { ...task, status: 'running', progress: 5, stage: 'preparing' };
  }
  return task;
}
