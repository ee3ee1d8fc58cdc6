import { Module } from '@nestjs/common';
import { AppConfigModule } from '@ghostide/config';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionQueueModule } from '@ghostide/queue';
import { SandboxModule } from '@ghostide/sandbox';
import { ExecutionProcessor } from './execution/execution.processor';
import { ExecutionRunnerService } from './execution/execution-runner.service';
import { WorkerHeartbeatService } from './heartbeat/worker-heartbeat.service';
import { SandboxPools } from './pool/sandbox-pools';
import { ToolchainVersions } from './toolchain/toolchain-versions';

@Module({
  imports: [AppConfigModule, ExecutionQueueModule, LanguagesModule, SandboxModule],
  providers: [ToolchainVersions, SandboxPools, ExecutionRunnerService, ExecutionProcessor, WorkerHeartbeatService],
})
export class WorkerModule {}
