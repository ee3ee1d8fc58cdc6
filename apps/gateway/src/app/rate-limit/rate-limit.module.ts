import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '@ghostide/config';
import { ExecutionQueueModule, RedisThrottlerStorage } from '@ghostide/queue';
import { executionThrottlers } from './execution-throttlers';

/**
 * The rate limits of the execution endpoints (ExecutionThrottlerGuard), counted
 * in the Redis every gateway shares. ThrottlerModule is global by its own
 * design; this module is imported where the guard is used, to say so.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ExecutionQueueModule],
      inject: [ConfigService, RedisThrottlerStorage],
      useFactory: (config: ConfigService<AppConfig, true>, storage: RedisThrottlerStorage) => ({
        throttlers: executionThrottlers(config.get('rateLimit', { infer: true })),
        storage,
      }),
    }),
  ],
})
export class RateLimitModule {}
