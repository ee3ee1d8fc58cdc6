import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { EXECUTION_QUEUE } from '@ghostide/contracts';
import { ExecutionQueue } from './execution-queue';

/** Registers the Bull execution queue on the configured Redis and provides ExecutionQueue. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        url: config.get('redis', { infer: true }).url,
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
  providers: [ExecutionQueue],
  exports: [ExecutionQueue, BullModule],
})
export class ExecutionQueueModule {}
