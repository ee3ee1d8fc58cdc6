import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ExecutionQueueModule } from '@ghostide/queue';
import { HealthController } from './health.controller';
import { QueueHealthIndicator } from './indicators/queue.indicator';

@Module({
  imports: [TerminusModule, ExecutionQueueModule],
  controllers: [HealthController],
  providers: [QueueHealthIndicator],
})
export class HealthModule {}
