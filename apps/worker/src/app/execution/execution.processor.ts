import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { ExecutionResult, ExecutionStatus, RUN_EXECUTION } from '@ghostide/contracts';
import { ExecutionEvents, ExecutionJob, ExecutionQueue } from '@ghostide/queue';
import { ExecutionMetrics } from '../metrics/execution-metrics';
import { ExecutionRunnerService } from './execution-runner.service';
import { ExecutionSummary, summarizeExecution } from './execution-summary';
import { liveEvents } from './live-events';

/**
 * Consumes RUN_EXECUTION jobs with the configured concurrency. Registered at
 * bootstrap, after the toolchain check, so a worker takes no job it cannot run.
 * Logs one line per job (ids, language, status and durations, never its data)
 * and records it in the metrics. A job cancelled while it runs (ExecutionQueue.watchCancel) is
 * stopped; its stages and output are published as they come (ExecutionEvents).
 */
@Injectable()
export class ExecutionProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExecutionProcessor.name);
  private readonly concurrency: number;

  constructor(
    private readonly executionQueue: ExecutionQueue,
    private readonly events: ExecutionEvents,
    private readonly runner: ExecutionRunnerService,
    private readonly metrics: ExecutionMetrics,
    config: ConfigService<AppConfig, true>,
  ) {
    this.concurrency = config.get('worker', { infer: true }).concurrency;
  }

  onApplicationBootstrap(): void {
    this.executionQueue.process(this.concurrency, (job) => this.handle(job));
    this.logger.log(`processing "${RUN_EXECUTION}" jobs with concurrency ${this.concurrency}`);
  }

  private async handle(job: ExecutionJob): Promise<ExecutionResult> {
    const startedAt = Date.now();
    const cancel = new AbortController();
    const { executionId } = job.data;
    const stopWatching = await this.executionQueue.watchCancel(executionId, () => cancel.abort()).catch((err: Error) => {
      // Redis is needed to run the job at all; without the subscription it still runs, only not cancellably.
      this.logger.warn(`execution ${executionId} cannot be cancelled: ${err.message}`);
      return () => undefined;
    });
    this.events.publish(executionId, 'status', { status: 'running' });
    const live = liveEvents(this.events, executionId);
    try {
      const result = await this.runner.execute(job.data, {
        reportProgress: (progress) => job.reportProgress(progress),
        signal: cancel.signal,
        observer: live.observer,
      });
      this.report(summarizeExecution(result, job.queuedAtMs, startedAt, Date.now()));
      return result;
    } finally {
      // Before the result is stored: a reader of the events sees `end`, then the result.
      live.end();
      stopWatching();
    }
  }

  private report(summary: ExecutionSummary): void {
    this.metrics.record(summary);
    const line = { msg: `execution ${summary.executionId} ${summary.language} ${summary.status}`, ...summary };
    if (summary.status === ExecutionStatus.InternalError) this.logger.error(line);
    else this.logger.log(line);
  }
}
