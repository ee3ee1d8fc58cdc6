import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import {
  EXECUTION_QUEUE,
  ExecutionJobData,
  ExecutionJobProgress,
  ExecutionResult,
  RUN_EXECUTION,
  TaskStatus,
  WORKER_HEARTBEATS_KEY,
  WorkerHeartbeat,
} from '@ghostide/contracts';
import type { Job, Queue } from 'bull';
import { withTimeout } from './with-timeout';

/** Bound on a single Redis round trip; Redis being down must not hang a request. */
const REDIS_TIMEOUT_MS = 3_000;

/**
 * The one place that knows how executions are stored in Bull: enqueueing,
 * waiting for a result, reading a task, and the workers' heartbeats.
 */
@Injectable()
export class ExecutionQueue {
  private readonly resultTtlSeconds: number;

  constructor(
    @InjectQueue(EXECUTION_QUEUE) readonly queue: Queue<ExecutionJobData>,
    config: ConfigService<AppConfig, true>,
  ) {
    this.resultTtlSeconds = config.get('queue', { infer: true }).resultTtlSeconds;
  }

  /** Adds a run; the job id is the execution id, so the task id is known before it runs. */
  async enqueue(data: ExecutionJobData): Promise<Job<ExecutionJobData>> {
    return withTimeout(
      this.queue.add(RUN_EXECUTION, data, {
        jobId: data.executionId,
        removeOnComplete: { age: this.resultTtlSeconds },
        removeOnFail: { age: this.resultTtlSeconds },
      }),
      REDIS_TIMEOUT_MS,
      'adding the job to Redis',
    );
  }

  /** Waits (through Redis pub/sub, not polling) for a job's result, at most timeoutMs. */
  async waitForResult(job: Job<ExecutionJobData>, timeoutMs: number): Promise<ExecutionResult> {
    return withTimeout(job.finished() as Promise<ExecutionResult>, timeoutMs, 'waiting for the execution');
  }

  /** Removes a job that is still waiting, so an abandoned sync request does not run later. */
  async discardIfWaiting(job: Job<ExecutionJobData>): Promise<boolean> {
    const state = await withTimeout(job.getState(), REDIS_TIMEOUT_MS, 'reading the job state');
    if (state !== 'waiting' && state !== 'delayed') return false;
    await withTimeout(job.remove(), REDIS_TIMEOUT_MS, 'removing the job');
    return true;
  }

  /** Jobs waiting for a worker. */
  async waitingCount(): Promise<number> {
    return withTimeout(this.queue.getWaitingCount(), REDIS_TIMEOUT_MS, 'counting waiting jobs');
  }

  /** The task as the API shows it; undefined when unknown or past its retention. */
  async getTask(taskId: string): Promise<TaskStatus | undefined> {
    const job = await withTimeout(this.queue.getJob(taskId), REDIS_TIMEOUT_MS, 'reading the task');
    if (!job) return undefined;
    // Bull removes old jobs lazily; a result past its retention is gone for the API already.
    if (job.finishedOn && Date.now() - job.finishedOn > this.resultTtlSeconds * 1000) return undefined;
    const state = await withTimeout(job.getState(), REDIS_TIMEOUT_MS, 'reading the task state');
    const task: TaskStatus = {
      task_id: String(job.id),
      status: 'queued',
      progress: 0,
      stage: 'queued',
      created_at: new Date(job.timestamp).toISOString(),
    };
    if (job.finishedOn) task.finished_at = new Date(job.finishedOn).toISOString();
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

  /** Round trip to Redis, for readiness. */
  async ping(): Promise<void> {
    await withTimeout(this.queue.client.ping(), REDIS_TIMEOUT_MS, 'pinging Redis');
  }
}
