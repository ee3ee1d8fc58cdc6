import { Injectable, Logger, PayloadTooLargeException } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import {
  ExecutionJobData,
  ExecutionResult,
  internalErrorResult,
  MAX_JOB_PAYLOAD_BYTES,
  TaskStatus,
} from '@ghostide/contracts';
import { CancelOutcome, ExecutionQueue, QueuedExecution, SessionQueueFullError, TaskDetail } from '@ghostide/queue';
import { WaitTimeoutError } from '@ghostide/util';
import { randomUUID } from 'node:crypto';
import { RetryLaterException } from '../common/retry-later.exception';
import { TooManyRequestsException } from '../common/too-many-requests.exception';
import { EXECUTIONS_ACCEPTED } from '../metrics/gateway-metrics';
import { CheckedExecution } from './execution-request.validator';

/** Beyond the stages' own limits: container start-up and the result's trip back. */
const RESULT_WAIT_MARGIN_MS = 15_000;
const RETRY_AFTER_SECONDS = 5;
/** An image build takes minutes: no point in asking again every few seconds. */
const NOT_INSTALLED_RETRY_AFTER_SECONDS = 60;

/**
 * Turns checked requests (ExecutionRequestValidator) into queue jobs and reports their results.
 * Never runs code itself: every execution goes through Bull to a worker.
 */
@Injectable()
export class ExecutionService {
  private readonly logger = new Logger(ExecutionService.name);
  private readonly queueConfig: AppConfig['queue'];
  private readonly sessionMaxQueuedJobs: number;

  constructor(
    private readonly executionQueue: ExecutionQueue,
    config: ConfigService<AppConfig, true>,
    @InjectMetric(EXECUTIONS_ACCEPTED) private readonly accepted: Counter<'language' | 'mode'>,
  ) {
    this.queueConfig = config.get('queue', { infer: true });
    this.sessionMaxQueuedJobs = config.get('rateLimit', { infer: true }).sessionMaxQueuedJobs;
  }

  /**
   * Runs and waits for the result, within a bound; 503 + Retry-After when that cannot be.
   * compat: what a compatibility API keeps with the job for later reads (ExecutionJobData.compat).
   */
  async execute(request: CheckedExecution, compat?: Record<string, unknown>): Promise<ExecutionResult> {
    const { language } = request;
    const job = await this.enqueue(request, 'sync', compat);
    const waitMs =
      this.queueConfig.waitTimeoutSeconds * 1000 +
      request.compileTimeoutSeconds * 1000 +
      job.data.timeoutSeconds * 1000 +
      RESULT_WAIT_MARGIN_MS;
    try {
      return await job.result(waitMs);
    } catch (err) {
      if (err instanceof WaitTimeoutError) {
        const discarded = await job.discardIfWaiting().catch(() => false);
        throw new RetryLaterException(
          discarded
            ? 'no worker picked the execution up in time; it was not run, try again later'
            : 'the execution is taking longer than expected; poll it with GET /api/v1/execution/task/{task_id}',
          RETRY_AFTER_SECONDS,
          'wait_timeout',
          discarded ? {} : { task_id: job.data.executionId },
        );
      }
      // The job itself failed (a worker died twice while running it): a fault of the service.
      this.logger.error(`execution ${job.data.executionId} failed in the queue: ${(err as Error).message}`);
      return internalErrorResult(job.data.executionId, language.id, 'unknown', (err as Error).message);
    }
  }

  /** Queues a run and returns its task id at once; compat as for execute. */
  async executeAsync(request: CheckedExecution, compat?: Record<string, unknown>): Promise<{ task_id: string; status: 'queued' }> {
    const job = await this.enqueue(request, 'async', compat);
    return { task_id: job.data.executionId, status: 'queued' };
  }

  async getTask(taskId: string): Promise<TaskStatus | undefined> {
    return this.redisOr503(() => this.executionQueue.getTask(taskId));
  }

  /** Cancels a queued or running task (ExecutionQueue.cancel): what it found. */
  async cancel(taskId: string): Promise<CancelOutcome> {
    return this.redisOr503(() => this.executionQueue.cancel(taskId));
  }

  /** The task with the request as it was queued; undefined when unknown or expired. */
  async getTaskDetail(taskId: string): Promise<TaskDetail | undefined> {
    return this.redisOr503(() => this.executionQueue.getTaskDetail(taskId));
  }

  private async enqueue(
    { request, language, files, timeoutSeconds, memoryLimitMb, compileTimeoutSeconds, compileMemoryLimitMb }: CheckedExecution,
    mode: 'sync' | 'async',
    compat: Record<string, unknown> | undefined,
  ): Promise<QueuedExecution> {
    await this.checkCapacity(1, language.id);
    const data: ExecutionJobData = {
      executionId: randomUUID(),
      languageId: language.id,
      files,
      stdin: request.stdin ?? '',
      args: request.args ?? [],
      timeoutSeconds,
      memoryLimitMb,
      ...(language.compile ? { compileTimeoutSeconds, compileMemoryLimitMb } : {}),
      sessionId: request.session_id,
      acceptedAt: new Date().toISOString(),
      compat,
    };
    // Redis keeps the job until its result expires, under a memory ceiling shared by everyone's jobs.
    const payloadBytes = Buffer.byteLength(JSON.stringify(data));
    if (payloadBytes > MAX_JOB_PAYLOAD_BYTES) {
      throw new PayloadTooLargeException(
        `the run's files, stdin, args and expected output are ${payloadBytes} bytes as queued; at most ${MAX_JOB_PAYLOAD_BYTES} bytes`,
      );
    }
    const job = await this.addJob(data);
    this.accepted.inc({ language: language.id, mode });
    this.logger.log({ msg: `execution ${data.executionId} ${language.id} queued`, executionId: data.executionId, language: language.id, mode });
    return job;
  }

  /**
   * No worker alive, or no room in the queue for `runs` more jobs: refuse now rather
   * than let the request hang. Every run checks it for itself; a batch checks for all
   * of its runs first, so that it is refused whole rather than queued in part. With a
   * language: no live worker has its sandbox image yet (built in the background after start-up).
   */
  async checkCapacity(runs = 1, languageId?: string): Promise<void> {
    const [workers, waiting] = await this.redisOr503(() =>
      Promise.all([this.executionQueue.liveWorkers(), this.executionQueue.waitingCount()]),
    );
    if (workers.length === 0) throw new RetryLaterException('no execution worker is available', RETRY_AFTER_SECONDS, 'no_worker');
    if (languageId !== undefined && !workers.some((worker) => languageId in worker.languageVersions)) {
      throw new RetryLaterException(
        `language "${languageId}" is not installed yet: its sandbox image is still being built (installed: false in GET /api/v1/execution/languages); try again later`,
        NOT_INSTALLED_RETRY_AFTER_SECONDS,
        'language_not_installed',
      );
    }
    if (waiting + runs > this.queueConfig.maxWaitingJobs) {
      throw new RetryLaterException(`the execution queue is full (${waiting} waiting)`, RETRY_AFTER_SECONDS, 'queue_full');
    }
  }

  /** Adds the job; 429 when its session already has SESSION_MAX_QUEUED_JOBS waiting or running. */
  private async addJob(data: ExecutionJobData): Promise<QueuedExecution> {
    try {
      return await this.executionQueue.enqueue(data, { maxQueuedJobsPerSession: this.sessionMaxQueuedJobs });
    } catch (err) {
      if (err instanceof SessionQueueFullError) {
        throw new TooManyRequestsException(
          `per-session queue bound reached: this session_id already has ${err.queuedJobs} executions waiting or running ` +
            `(at most ${err.maxQueuedJobs}); retry when one has finished`,
          RETRY_AFTER_SECONDS,
          'session_queue_full',
        );
      }
      throw this.unavailable(err);
    }
  }

  /** Redis unreachable or slow is a temporary condition: 503, never 500 or a hang. */
  private async redisOr503<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (err) {
      throw this.unavailable(err);
    }
  }

  private unavailable(err: unknown): RetryLaterException {
    const message = (err as Error).message;
    this.logger.warn(`queue unavailable: ${message}`);
    // Redis at its maxmemory refuses writes (noeviction) rather than evict anyone's jobs: full, for now.
    if (message.startsWith('OOM ')) {
      return new RetryLaterException('the execution queue is out of memory; try again later', RETRY_AFTER_SECONDS, 'queue_full');
    }
    return new RetryLaterException('the execution queue is unavailable', RETRY_AFTER_SECONDS, 'queue_unavailable');
  }
}
