import { Module } from '@nestjs/common';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionQueueModule } from '@ghostide/queue';
import { ExecutionController } from './execution.controller';
import { ExecutionService } from './execution.service';

@Module({
  imports: [ExecutionQueueModule, LanguagesModule],
  controllers: [ExecutionController],
  providers: [ExecutionService],
})
export class ExecutionModule {}
