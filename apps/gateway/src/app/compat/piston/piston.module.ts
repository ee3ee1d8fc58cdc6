import { Module } from '@nestjs/common';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionQueueModule } from '@ghostide/queue';
import { ExecutionModule } from '../../execution/execution.module';
import { RateLimitModule } from '../../rate-limit/rate-limit.module';
import { PistonController } from './piston.controller';
import { PistonService } from './piston.service';

/** Piston's API under /api/v2, on ExecutionService like our own. */
@Module({
  imports: [ExecutionModule, ExecutionQueueModule, LanguagesModule, RateLimitModule],
  controllers: [PistonController],
  providers: [PistonService],
})
export class PistonModule {}
