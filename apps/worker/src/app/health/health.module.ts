import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LanguagesModule } from '@ghostide/languages';
import { SandboxModule } from '@ghostide/sandbox';
import { HealthController } from './health.controller';
import { SandboxHealthIndicator } from './indicators/sandbox.indicator';

@Module({
  imports: [TerminusModule, LanguagesModule, SandboxModule],
  controllers: [HealthController],
  providers: [SandboxHealthIndicator],
})
export class HealthModule {}
