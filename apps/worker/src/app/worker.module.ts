import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig, AppConfigModule } from '@ghostide/config';
import { LanguagesModule } from '@ghostide/languages';
import { loggerParams, MetricsModule } from '@ghostide/observability';
import { ExecutionQueueModule } from '@ghostide/queue';
import { SandboxModule } from '@ghostide/sandbox';
import { LoggerModule } from 'nestjs-pino';
import { ExecutionProcessor } from './execution/execution.processor';
import { ExecutionRunnerService } from './execution/execution-runner.service';
import { HealthModule } from './health/health.module';
import { WorkerHeartbeatService } from './heartbeat/worker-heartbeat.service';
import { ExecutionMetrics } from './metrics/execution-metrics';
import { WorkerMetricsModule } from './metrics/worker-metrics';
import { SandboxPools } from './pool/sandbox-pools';
import { ToolchainVersions } from './toolchain/toolchain-versions';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) =>
        loggerParams({ app: 'worker', log: config.get('log', { infer: true }), fields: { workerId: config.get('worker', { infer: true }).id } }),
    }),
    ExecutionQueueModule,
    LanguagesModule,
    SandboxModule,
    HealthModule,
    MetricsModule,
    WorkerMetricsModule,
  ],
  providers: [ToolchainVersions, SandboxPools, ExecutionRunnerService, ExecutionMetrics, ExecutionProcessor, WorkerHeartbeatService],
})
export class WorkerModule {}
