import { Module, Provider } from '@nestjs/common';
import { ExecutionQueue, ExecutionQueueModule } from '@ghostide/queue';
import { makeCounterProvider, makeGaugeProvider } from '@willsoto/nestjs-prometheus';
import type { Gauge } from 'prom-client';

/** Executions queued, by language and mode (sync: execute, async: execute/async). */
export const EXECUTIONS_ACCEPTED = 'ghostide_executions_accepted_total';
/** Requests refused before anything ran, by RejectionReason. */
export const REQUESTS_REJECTED = 'ghostide_requests_rejected_total';
/** Jobs in the execution queue by state, read from Redis at each scrape. */
export const QUEUE_JOBS = 'ghostide_queue_jobs';

/** The gateway's metrics, beside MetricsModule's process metrics. */
export const GATEWAY_METRICS: Provider[] = [
  makeCounterProvider({ name: EXECUTIONS_ACCEPTED, help: 'Executions queued, by language and mode (sync or async).', labelNames: ['language', 'mode'] }),
  makeCounterProvider({ name: REQUESTS_REJECTED, help: 'Requests refused before anything ran, by reason.', labelNames: ['reason'] }),
  makeGaugeProvider({
    name: QUEUE_JOBS,
    help: 'Jobs in the execution queue by state (waiting, active, delayed), read from Redis at each scrape.',
    labelNames: ['state'],
    inject: [ExecutionQueue],
    async collect(this: Gauge, queue: ExecutionQueue) {
      // With Redis down the series disappear rather than repeat stale numbers.
      this.reset();
      const counts = await queue.jobCounts().catch(() => undefined);
      if (!counts) return;
      for (const state of ['waiting', 'active', 'delayed'] as const) this.set({ state }, counts[state]);
    },
  }),
];

/** Provides GATEWAY_METRICS to the modules that count. */
@Module({ imports: [ExecutionQueueModule], providers: GATEWAY_METRICS, exports: GATEWAY_METRICS })
export class GatewayMetricsModule {}
