import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ExecutionStatus } from '@ghostide/contracts';
import { MetricsModule } from '@ghostide/observability';
import { SandboxRunner, SandboxStats } from '@ghostide/sandbox';
import request from 'supertest';
import { ExecutionMetrics } from './execution-metrics';
import { WORKER_METRICS } from './worker-metrics';

/** The value of one sample in Prometheus' text format, undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('worker /metrics', () => {
  let app: INestApplication;
  let executionMetrics: ExecutionMetrics;
  const stats: SandboxStats = {
    idleByPool: { 'ghostide-sandbox-python@128m/runc': 2, 'ghostide-sandbox-cpp@128m/runc': 0 },
    poolsWarmedUp: true,
    poolHits: 7,
    poolMisses: 2,
    containersCreated: 11,
    containersRemoved: 9,
    hostsRecycled: 3,
  };

  // One app for the file: prom-client's registry is global, its metrics live as long as the test file.
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [MetricsModule],
      providers: [...WORKER_METRICS, ExecutionMetrics, { provide: SandboxRunner, useValue: { stats: () => stats } }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    executionMetrics = app.get(ExecutionMetrics);
  });

  afterAll(async () => {
    await app.close();
  });

  async function metrics(): Promise<string> {
    const response = await request(app.getHttpServer()).get('/metrics');
    expect(response.status).toBe(200);
    return response.text;
  }

  it('counts finished executions by language and status, with queue wait, compile and run times', async () => {
    const summary = { executionId: 'e1', language: 'cpp', compileCached: false, totalMs: 1000 };
    executionMetrics.record({ ...summary, status: ExecutionStatus.Success, queueWaitMs: 40, compileMs: 700, runMs: 15 });
    executionMetrics.record({ ...summary, status: ExecutionStatus.CompileError, queueWaitMs: 3_000, compileMs: 650, runMs: null });
    executionMetrics.record({ ...summary, status: ExecutionStatus.Success, queueWaitMs: 10, compileMs: 0, compileCached: true, runMs: 12 });

    const text = await metrics();
    expect(sample(text, 'ghostide_executions_total{language="cpp",status="success"}')).toBe(2);
    expect(sample(text, 'ghostide_executions_total{language="cpp",status="compile_error"}')).toBe(1);
    expect(sample(text, 'ghostide_execution_queue_wait_seconds_count{language="cpp"}')).toBe(3);
    expect(sample(text, 'ghostide_execution_queue_wait_seconds_bucket{le="0.05",language="cpp"}')).toBe(2);
    expect(sample(text, 'ghostide_execution_queue_wait_seconds_sum{language="cpp"}')).toBeCloseTo(3.05);
    // The cached compile did not run; the compile error did.
    expect(sample(text, 'ghostide_execution_compile_seconds_count{language="cpp"}')).toBe(2);
    // The compile error never ran.
    expect(sample(text, 'ghostide_execution_run_seconds_count{language="cpp"}')).toBe(2);
  });

  it('reports the pools, their hits and misses, the containers created and removed and the hosts recycled, as the sandbox counts them now', async () => {
    let text = await metrics();
    expect(sample(text, 'ghostide_sandbox_pool_idle{pool="ghostide-sandbox-python@128m/runc"}')).toBe(2);
    expect(sample(text, 'ghostide_sandbox_pool_idle{pool="ghostide-sandbox-cpp@128m/runc"}')).toBe(0);
    expect(sample(text, 'ghostide_sandbox_pool_acquisitions_total{result="hit"}')).toBe(7);
    expect(sample(text, 'ghostide_sandbox_pool_acquisitions_total{result="miss"}')).toBe(2);
    expect(sample(text, 'ghostide_sandbox_containers_created_total')).toBe(11);
    expect(sample(text, 'ghostide_sandbox_containers_removed_total')).toBe(9);
    expect(sample(text, 'ghostide_sandbox_hosts_recycled_total')).toBe(3);
    expect(text).toContain('# TYPE ghostide_sandbox_containers_created_total counter');

    Object.assign(stats, { poolHits: 8, containersCreated: 12, idleByPool: { 'ghostide-sandbox-python@128m/runc': 1 } });
    text = await metrics();
    expect(sample(text, 'ghostide_sandbox_pool_acquisitions_total{result="hit"}')).toBe(8);
    expect(sample(text, 'ghostide_sandbox_containers_created_total')).toBe(12);
    expect(sample(text, 'ghostide_sandbox_pool_idle{pool="ghostide-sandbox-python@128m/runc"}')).toBe(1);
    expect(sample(text, 'ghostide_sandbox_pool_idle{pool="ghostide-sandbox-cpp@128m/runc"}')).toBeUndefined();
  });
});
