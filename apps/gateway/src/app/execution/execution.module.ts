import { Module } from '@nestjs/common';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionQueueModule } from '@ghostide/queue';
import { GatewayMetricsModule } from '../metrics/gateway-metrics';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { ExecutionController } from './execution.controller';
import { ExecutionService } from './execution.service';

@Module({
  imports: [ExecutionQueueModule, LanguagesModule, RateLimitModule, GatewayMetricsModule],
  controllers: [ExecutionController],
  providers: [ExecutionService],
  // The compatibility APIs (Piston, Judge0) run through this same service.
  exports: [ExecutionService],
})
export class ExecutionModule {}
