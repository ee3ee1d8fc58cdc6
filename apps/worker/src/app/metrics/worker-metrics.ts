import { Module, Provider } from '@nestjs/common';
import { SandboxModule, SandboxRunner } from '@ghostide/sandbox';
import { makeCounterProvider, makeGaugeProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import type { Counter, Gauge } from 'prom-client';

/** Finished executions by language and status. */
export const EXECUTIONS = 'ghostide_executions_total';
export const QUEUE_WAIT_SECONDS = 'ghostide_execution_queue_wait_seconds';
export const COMPILE_SECONDS = 'ghostide_execution_compile_seconds';
export const RUN_SECONDS = 'ghostide_execution_run_seconds';

/**
 * Sets a counter to a total the sandbox runner keeps: it only ever grows, so the
 * series stays a counter, read at each scrape like the pool gauges.
 */
function reportTotal(counter: Counter, total: number, labels: Record<string, string> = {}): void {
  counter.remove(labels);
  counter.inc(labels, total);
}

/** The worker's metrics, beside MetricsModule's process metrics. */
export const WORKER_METRICS: Provider[] = [
  makeCounterProvider({ name: EXECUTIONS, help: 'Finished executions by language and status.', labelNames: ['language', 'status'] }),
  makeHistogramProvider({
    name: QUEUE_WAIT_SECONDS,
    help: 'Time from entering the queue to a worker taking the job.',
    labelNames: ['language'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  }),
  makeHistogramProvider({
    name: COMPILE_SECONDS,
    help: 'Compile stages that ran (not those taken from the compile cache).',
    labelNames: ['language'],
    buckets: [0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30],
  }),
  makeHistogramProvider({
    name: RUN_SECONDS,
    help: 'Run stages, wall-clock.',
    labelNames: ['language'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  }),
  makeGaugeProvider({
    name: 'ghostide_sandbox_pool_idle',
    help: 'Started sandboxes waiting in each pool (image@memory/runtime).',
    labelNames: ['pool'],
    inject: [SandboxRunner],
    collect(this: Gauge, sandbox: SandboxRunner) {
      this.reset();
      for (const [pool, idle] of Object.entries(sandbox.stats().idleByPool)) this.set({ pool }, idle);
    },
  }),
  makeCounterProvider({
    name: 'ghostide_sandbox_pool_acquisitions_total',
    help: 'Sandboxes handed to runs: from a warm pool (hit) or started cold (miss).',
    labelNames: ['result'],
    inject: [SandboxRunner],
    collect(this: Counter, sandbox: SandboxRunner) {
      const { poolHits, poolMisses } = sandbox.stats();
      reportTotal(this, poolHits, { result: 'hit' });
      reportTotal(this, poolMisses, { result: 'miss' });
    },
  }),
  makeCounterProvider({
    name: 'ghostide_sandbox_containers_created_total',
    help: 'Sandbox containers this worker created.',
    inject: [SandboxRunner],
    collect(this: Counter, sandbox: SandboxRunner) {
      reportTotal(this, sandbox.stats().containersCreated);
    },
  }),
  makeCounterProvider({
    name: 'ghostide_sandbox_containers_removed_total',
    help: 'Sandbox containers removed, by this worker or by the engine after a run.',
    inject: [SandboxRunner],
    collect(this: Counter, sandbox: SandboxRunner) {
      reportTotal(this, sandbox.stats().containersRemoved);
    },
  }),
  makeCounterProvider({
    name: 'ghostide_sandbox_hosts_recycled_total',
    help: 'Sandbox hosts replaced: broken, after an abnormal run, at SANDBOX_HOST_MAX_RUNS, or idle too long.',
    inject: [SandboxRunner],
    collect(this: Counter, sandbox: SandboxRunner) {
      reportTotal(this, sandbox.stats().hostsRecycled);
    },
  }),
];

/** Provides WORKER_METRICS to the modules that record them. */
@Module({ imports: [SandboxModule], providers: WORKER_METRICS, exports: WORKER_METRICS })
export class WorkerMetricsModule {}
