import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createOpenApiDocument } from '../openapi';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

const EXECUTE = '/api/v1/execution/execute';
const EXECUTE_ASYNC = '/api/v1/execution/execute/async';
const RUN = { language: 'python', code: 'print(1)' };

/** The value of one sample in Prometheus' text format, 0 when the series is absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

describe('gateway /metrics', () => {
  let app: INestApplication;
  let queue: FakeExecutionQueue;

  // One app for the file: prom-client's registry is global, its metrics live as long as the test file.
  beforeAll(async () => {
    queue = new FakeExecutionQueue();
    app = await createGatewayTestApp({ executionQueue: queue, environment: { RATE_LIMIT_CLIENT_PER_MINUTE: '0', RATE_LIMIT_SESSION_PER_MINUTE: '2' } });
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    queue.workers = [...new FakeExecutionQueue().workers];
    queue.waiting = 0;
    queue.active = 0;
    queue.redisError = undefined;
  });

  async function metrics(): Promise<string> {
    const response = await request(app.getHttpServer()).get('/metrics');
    expect(response.status).toBe(200);
    return response.text;
  }

  /** How much a series grew while `action` ran. */
  async function growth(series: string, action: () => Promise<unknown>): Promise<number> {
    const before = sample(await metrics(), series);
    await action();
    return sample(await metrics(), series) - before;
  }

  const post = (path: string, body: unknown) => request(app.getHttpServer()).post(path).send(body as object);

  it("answers in Prometheus' text format with the process metrics", async () => {
    const response = await request(app.getHttpServer()).get('/metrics');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(response.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(response.text).toContain('# TYPE ghostide_executions_accepted_total counter');
  });

  it('counts executions queued by language and mode', async () => {
    expect(await growth('ghostide_executions_accepted_total{language="python",mode="sync"}', () => post(EXECUTE, RUN))).toBe(1);
    expect(await growth('ghostide_executions_accepted_total{language="python",mode="async"}', () => post(EXECUTE_ASYNC, RUN))).toBe(1);
  });

  it.each([
    { reason: 'validation', status: 400, call: () => post(EXECUTE, { language: 'brainfuck', code: 'x' }) },
    {
      reason: 'validation',
      status: 400,
      call: () => request(app.getHttpServer()).post(EXECUTE).set('Content-Type', 'application/json').send('{"language":'),
    },
    { reason: 'payload_too_large', status: 413, call: () => post(EXECUTE, { ...RUN, stdin: 'x'.repeat(5 * 1024 * 1024) }) },
    {
      reason: 'unsupported_media_type',
      status: 415,
      call: () => request(app.getHttpServer()).post(EXECUTE).set('Content-Type', 'application/json').set('Content-Encoding', 'compress').send('{}'),
    },
  ])('counts a $status as a rejection for $reason', async ({ reason, status, call }) => {
    let answered = 0;
    const grew = await growth(`ghostide_requests_rejected_total{reason="${reason}"}`, async () => (answered = (await call()).status));
    expect(answered).toBe(status);
    expect(grew).toBe(1);
  });

  it('counts rejections for a rate limit, a full queue, no worker and Redis down by their reasons', async () => {
    const session = { ...RUN, session_id: 'tab-metrics' };
    expect(await growth('ghostide_requests_rejected_total{reason="rate_limit_session"}', async () => {
      for (let i = 0; i < 3; i++) await post(EXECUTE, session);
    })).toBe(1);

    queue.waiting = 3;
    expect(await growth('ghostide_requests_rejected_total{reason="queue_full"}', () => post(EXECUTE, RUN))).toBe(1);

    queue.waiting = 0;
    queue.workers = [];
    expect(await growth('ghostide_requests_rejected_total{reason="no_worker"}', () => post(EXECUTE, RUN))).toBe(1);

    queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');
    const before = sample(await metrics(), 'ghostide_requests_rejected_total{reason="queue_unavailable"}');
    expect((await post(EXECUTE, RUN)).status).toBe(503);
    expect(sample(await metrics(), 'ghostide_requests_rejected_total{reason="queue_unavailable"}')).toBe(before + 1);
  });

  it('does not count a request that was not refused, such as an unknown task', async () => {
    const text = await metrics();
    const total = (body: string) => [...body.matchAll(/^ghostide_requests_rejected_total\{[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect((await request(app.getHttpServer()).get('/api/v1/execution/task/unknown')).status).toBe(404);
    expect(total(await metrics())).toBe(total(text));
  });

  it('reads the queue depth from Redis at each scrape, and drops it while Redis is down', async () => {
    queue.waiting = 2;
    queue.active = 1;
    let text = await metrics();
    expect(sample(text, 'ghostide_queue_jobs{state="waiting"}')).toBe(2);
    expect(sample(text, 'ghostide_queue_jobs{state="active"}')).toBe(1);

    queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');
    text = await metrics();
    expect(text).not.toContain('ghostide_queue_jobs{');
  });

  it('is not part of the OpenAPI document', () => {
    expect(Object.keys(createOpenApiDocument(app).paths)).not.toContain('/metrics');
  });
});
