import { Module } from '@nestjs/common';
import { DockerSandboxRunner } from './docker-sandbox.runner';
import { SandboxRunner } from './sandbox-runner';

/** Provides the SandboxRunner, backed by the Docker engine. */
@Module({
  providers: [{ provide: SandboxRunner, useClass: DockerSandboxRunner }],
  exports: [SandboxRunner],
})
export class SandboxModule {}
