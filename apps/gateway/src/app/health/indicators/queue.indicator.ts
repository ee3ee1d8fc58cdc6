import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ExecutionQueue } from '@ghostide/queue';

/**
 * Readiness as seen through Redis: Redis answers, at least one worker beats,
 * and some live worker reaches its Docker engine (the gateway never asks Docker).
 * Each probe is bounded by the queue's Redis timeout.
 */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly executionQueue: ExecutionQueue,
    private readonly health: HealthIndicatorService,
  ) {}

  async redis(): Promise<HealthIndicatorResult> {
    const check = this.health.check('redis');
    try {
      await this.executionQueue.ping();
      return check.up();
    } catch (err) {
      return check.down({ message: `Redis is not reachable: ${(err as Error).message}` });
    }
  }

  async workers(): Promise<HealthIndicatorResult> {
    const workers = this.health.check('workers');
    const docker = this.health.check('docker');
    const alive = await this.executionQueue.liveWorkers().catch(() => []);
    const withDocker = alive.filter((worker) => worker.dockerReachable);
    return {
      ...(alive.length > 0 ? workers.up({ alive: alive.length }) : workers.down({ message: 'no execution worker is alive' })),
      ...(withDocker.length > 0
        ? docker.up({ workers_with_docker: withDocker.length })
        : docker.down({ message: 'no live worker reaches a Docker engine' })),
    };
  }
}
