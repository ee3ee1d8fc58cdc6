import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import type { ExecutionSummary } from '../execution/execution-summary';
import { COMPILE_SECONDS, EXECUTIONS, QUEUE_WAIT_SECONDS, RUN_SECONDS } from './worker-metrics';

/** Records each finished job in the execution metrics. */
@Injectable()
export class ExecutionMetrics {
  constructor(
    @InjectMetric(EXECUTIONS) private readonly executions: Counter<'language' | 'status'>,
    @InjectMetric(QUEUE_WAIT_SECONDS) private readonly queueWait: Histogram<'language'>,
    @InjectMetric(COMPILE_SECONDS) private readonly compile: Histogram<'language'>,
    @InjectMetric(RUN_SECONDS) private readonly run: Histogram<'language'>,
  ) {}

  record(summary: ExecutionSummary): void {
    const language = summary.language;
    this.executions.inc({ language, status: summary.status });
    this.queueWait.observe({ language }, summary.queueWaitMs / 1000);
    if (summary.compileMs !== null && !summary.compileCached) this.compile.observe({ language }, summary.compileMs / 1000);
    if (summary.runMs !== null) this.run.observe({ language }, summary.runMs / 1000);
  }
}
