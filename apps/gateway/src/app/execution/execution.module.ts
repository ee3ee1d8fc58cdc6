import { Module } from '@nestjs/common';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionQueueModule } from '@ghostide/queue';
import { GatewayMetricsModule } from '../metrics/gateway-metrics';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { ExecutionController } from './execution.controller';
import { ExecutionRequestValidator } from './execution-request.validator';
import { ExecutionService } from './execution.service';
import { TaskEventsController } from './task-events.controller';

@Module({
  imports: [ExecutionQueueModule, LanguagesModule, RateLimitModule, GatewayMetricsModule],
  controllers: [ExecutionController, TaskEventsController],
  providers: [ExecutionService, ExecutionRequestValidator],
  // The compatibility APIs (Piston, Judge0) run through this same validation and service.
  exports: [ExecutionService, ExecutionRequestValidator],
})
export class ExecutionModule {}
