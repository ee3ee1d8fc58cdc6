import { ExecutionStatus, WORKER_HEARTBEATS_KEY, WorkerHeartbeat } from '@ghostide/contracts';
import Redis from 'ioredis';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execute } from './support/api';
import { INTEGRATION_WORKER_ID, LOG_DIR, TEST_BASE_URL, TEST_REDIS_URL } from './support/service-processes';

/** The value of one sample in Prometheus' text format, 0 when the series is absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text() };
}

/** Calls probe until it returns a value, at most timeoutMs; the last reason it gave is in the error. */
async function eventually<T>(what: string, timeoutMs: number, probe: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${(err as Error).message})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Where the worker's health and metrics server listens, from its heartbeat (it took any free port). */
async function workerBaseUrl(): Promise<string> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const value = await redis.hget(WORKER_HEARTBEATS_KEY, INTEGRATION_WORKER_ID);
    const http = value ? (JSON.parse(value) as WorkerHeartbeat).http : undefined;
    if (!http) throw new Error(`the heartbeat of ${INTEGRATION_WORKER_ID} names no HTTP address: ${value}`);
    return `http://${http.host}:${http.port}`;
  } finally {
    redis.disconnect();
  }
}

describe('operations: metrics, health and logs of a real gateway and worker', () => {
  let workerUrl: string;

  beforeAll(async () => {
    workerUrl = await eventually('the worker publishes its HTTP address', 30_000, workerBaseUrl);
  });

  it('counts an execution on the gateway and on the worker, with its durations', async () => {
    const gatewayBefore = (await get(`${TEST_BASE_URL}/metrics`)).text;
    const workerBefore = (await get(`${workerUrl}/metrics`)).text;

    const result = await execute({ language: 'python', code: 'print(input()[::-1])', stdin: 'olleh' });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: 'hello\n' });

    const gateway = await get(`${TEST_BASE_URL}/metrics`);
    const worker = await get(`${workerUrl}/metrics`);
    expect([gateway.status, worker.status]).toEqual([200, 200]);
    const accepted = 'ghostide_executions_accepted_total{language="python",mode="sync"}';
    expect(sample(gateway.text, accepted) - sample(gatewayBefore, accepted)).toBe(1);
    expect(gateway.text).toMatch(/^ghostide_queue_jobs\{state="waiting"\} \d+$/m);
    for (const series of [
      'ghostide_executions_total{language="python",status="success"}',
      'ghostide_execution_queue_wait_seconds_count{language="python"}',
      'ghostide_execution_run_seconds_count{language="python"}',
    ]) {
      expect({ series, growth: sample(worker.text, series) - sample(workerBefore, series) }).toEqual({ series, growth: 1 });
    }
    expect(sample(worker.text, 'ghostide_sandbox_containers_created_total')).toBeGreaterThan(0);
    expect(worker.text).toMatch(/^ghostide_sandbox_pool_idle\{pool="ghostide-sandbox-python@128m\/runc"\} \d+$/m);
  });

  it("answers the worker's readiness with Docker, the images and the warm pools up", async () => {
    const body = await eventually('worker ready', 60_000, async () => {
      const response = await get(`${workerUrl}/health/ready`);
      if (response.status !== 200) throw new Error(`${response.status} ${response.text}`);
      return JSON.parse(response.text) as { status: string; details: Record<string, { status: string }> };
    });
    expect(body.status).toBe('ok');
    expect(Object.keys(body.details).sort()).toEqual(['docker', 'images', 'pool']);
    expect((await get(`${workerUrl}/health/live`)).status).toBe(200);
  });

  it("includes the queue's room in the gateway's readiness", async () => {
    const response = await get(`${TEST_BASE_URL}/health/ready`);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).details.queue).toMatchObject({ status: 'up', waiting: expect.any(Number) });
  });

  it('logs the job as one JSON line with its durations, and never its source, stdin or output', async () => {
    const marker = `SECRET-${Date.now()}`;
    const result = await execute({ language: 'python', code: `print("${marker}-out"); input()  # ${marker}-src`, stdin: `${marker}-in\n` });
    expect(result.status).toBe(ExecutionStatus.Success);

    const logFile = join(LOG_DIR, 'worker-1.log');
    const line = await eventually('the job line in the worker log', 10_000, async () => {
      const found = existsSync(logFile) && readFileSync(logFile, 'utf8').split('\n').find((text) => text.includes(`"executionId":"${result.execution_id}"`));
      if (!found) throw new Error(`no line for ${result.execution_id} in ${logFile}`);
      return JSON.parse(found) as Record<string, unknown>;
    });
    expect(line).toMatchObject({ app: 'worker', language: 'python', status: 'success', msg: `execution ${result.execution_id} python success` });
    for (const duration of ['queueWaitMs', 'runMs', 'totalMs']) expect(line[duration]).toEqual(expect.any(Number));
    for (const log of ['worker-1.log', 'gateway.log']) expect(readFileSync(join(LOG_DIR, log), 'utf8')).not.toContain(marker);
  });
});
