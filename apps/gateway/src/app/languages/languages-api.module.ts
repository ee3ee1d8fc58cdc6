import { Module } from '@nestjs/common';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionQueueModule } from '@ghostide/queue';
import { LanguagesController } from './languages.controller';

@Module({
  imports: [ExecutionQueueModule, LanguagesModule],
  controllers: [LanguagesController],
})
export class LanguagesApiModule {}
