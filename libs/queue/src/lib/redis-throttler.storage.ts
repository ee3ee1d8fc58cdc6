import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { EXECUTION_QUEUE } from '@ghostide/contracts';
import { withTimeout } from '@ghostide/util';
import type { Queue } from 'bull';

/**
 * Bound on one rate-limit count: short, because the caller lets the request
 * through when Redis does not answer (a limiter must not be why a request
 * fails; the queue answers 503 itself when Redis is really down).
 */
const RATE_LIMIT_TIMEOUT_MS = 1_000;

/**
 * @nestjs/throttler's storage on the Redis every gateway shares, so a limit
 * holds across replicas. It uses Bull's own client (no extra connection) and
 * @nest-lab/throttler-storage-redis's atomic Lua counter.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly storage: ThrottlerStorageRedisService;

  constructor(@InjectQueue(EXECUTION_QUEUE) queue: Queue) {
    // Given a client, the storage leaves it open at shutdown: Bull closes its own.
    this.storage = new ThrottlerStorageRedisService(queue.client);
  }

  /** Counts one hit of key; rejects with WaitTimeoutError when Redis does not answer within a second. */
  increment(...args: Parameters<ThrottlerStorage['increment']>): ReturnType<ThrottlerStorage['increment']> {
    return withTimeout(this.storage.increment(...args), RATE_LIMIT_TIMEOUT_MS, 'counting the request against its rate limit');
  }
}
