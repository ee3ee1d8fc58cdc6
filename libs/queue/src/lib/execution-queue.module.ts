import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { EXECUTION_QUEUE } from '@ghostide/contracts';
import { ExecutionEvents } from './execution-events';
import { ExecutionQueue } from './execution-queue';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Longest pause between two attempts to reconnect to Redis. */
const REDIS_RECONNECT_MAX_DELAY_MS = 2_000;

/**
 * Registers the Bull execution queue on the configured Redis and provides
 * ExecutionQueue, ExecutionEvents and the rate limits' RedisThrottlerStorage; Bull itself is
 * not exported. (The admin dashboard finds the queue by its name.)
 */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        url: config.get('redis', { infer: true }).url,
        redis: {
          // Bull's default reconnect back-off grows as e^attempt ms up to 20 s: after a Redis
          // outage of half a minute the apps stayed offline up to 20 s longer than Redis did.
          // Capped at 2 s, gateway and worker are back within about 2 s of Redis.
          retryStrategy: (attempt: number) => Math.min(attempt * 200, REDIS_RECONNECT_MAX_DELAY_MS),
        },
        // Finished jobs are results; their retention is the queue's TTL, set per job.
        defaultJobOptions: { attempts: 1 },
        settings: {
          // A worker renews its job's lock every lockDuration/2. When it dies (SIGKILL, lost
          // machine), the lock expires and the stall check hands the job to another worker,
          // once; a job that stalls twice fails with Bull's "stalled" reason, never hangs.
          lockDuration: 15_000,
          stalledInterval: 5_000,
          maxStalledCount: 1,
        },
      }),
    }),
    BullModule.registerQueue({ name: EXECUTION_QUEUE }),
  ],
  providers: [ExecutionQueue, ExecutionEvents, RedisThrottlerStorage],
  exports: [ExecutionQueue, ExecutionEvents, RedisThrottlerStorage],
})
export class ExecutionQueueModule {}
