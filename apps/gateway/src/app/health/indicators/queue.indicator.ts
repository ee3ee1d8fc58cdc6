import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { AppConfig } from '@ghostide/config';
import { ExecutionQueue } from '@ghostide/queue';
import { withTimeout } from '@ghostide/util';

/**
 * Readiness as seen through Redis: Redis answers, at least one worker beats,
 * some live worker reaches its Docker engine (the gateway never asks Docker),
 * and the queue has room. Each probe is bounded by HEALTH_PROBE_TIMEOUT_MS.
 */
@Injectable()
export class QueueHealthIndicator {
  private readonly timeoutMs: number;
  private readonly maxWaitingJobs: number;

  constructor(
    private readonly executionQueue: ExecutionQueue,
    private readonly health: HealthIndicatorService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.timeoutMs = config.get('health', { infer: true }).probeTimeoutMs;
    this.maxWaitingJobs = config.get('queue', { infer: true }).maxWaitingJobs;
  }

  async redis(): Promise<HealthIndicatorResult> {
    const check = this.health.check('redis');
    try {
      await withTimeout(this.executionQueue.ping(), this.timeoutMs, 'pinging Redis');
      return check.up();
    } catch (err) {
      return check.down({ message: `Redis is not reachable: ${(err as Error).message}` });
    }
  }

  async workers(): Promise<HealthIndicatorResult> {
    const workers = this.health.check('workers');
    const docker = this.health.check('docker');
    const alive = await withTimeout(this.executionQueue.liveWorkers(), this.timeoutMs, 'reading worker heartbeats').catch(() => []);
    const withDocker = alive.filter((worker) => worker.dockerReachable);
    return {
      ...(alive.length > 0 ? workers.up({ alive: alive.length }) : workers.down({ message: 'no execution worker is alive' })),
      ...(withDocker.length > 0
        ? docker.up({ workers_with_docker: withDocker.length })
        : docker.down({ message: 'no live worker reaches a Docker engine' })),
    };
  }

  /** Down exactly when runs are refused with 503 for a full queue (QUEUE_MAX_WAITING_JOBS). */
  async queueCapacity(): Promise<HealthIndicatorResult> {
    const check = this.health.check('queue');
    try {
      const waiting = await withTimeout(this.executionQueue.waitingCount(), this.timeoutMs, 'counting waiting jobs');
      if (waiting < this.maxWaitingJobs) return check.up({ waiting, max_waiting: this.maxWaitingJobs });
      return check.down({
        message: `the queue is full: ${waiting} jobs waiting, at most ${this.maxWaitingJobs} (QUEUE_MAX_WAITING_JOBS)`,
        waiting,
        max_waiting: this.maxWaitingJobs,
      });
    } catch (err) {
      return check.down({ message: `the queue cannot be counted: ${(err as Error).message}` });
    }
  }
}
