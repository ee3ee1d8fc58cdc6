import type { INestApplication } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import request from 'supertest';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

const EXECUTE = '/api/v1/execution/execute';
const EXECUTE_ASYNC = '/api/v1/execution/execute/async';
const RUN = { language: 'python', code: 'print(1)' };

const CLIENT_LIMITED = {
  statusCode: 429,
  message: 'per-client rate limit exceeded: at most 3 executions a minute from one client address',
  error: 'Too Many Requests',
};
const SESSION_LIMITED = {
  statusCode: 429,
  message: 'per-session rate limit exceeded: at most 2 executions a minute for one session_id',
  error: 'Too Many Requests',
};

describe('ExecutionThrottlerGuard (rate limits of execute and execute/async)', () => {
  let app: INestApplication | undefined;
  let queue: FakeExecutionQueue;

  async function start(environment: Record<string, string>, throttlerStorage?: ThrottlerStorage): Promise<INestApplication> {
    queue = new FakeExecutionQueue();
    // The per-session bound on queued jobs is another spec's subject: off here.
    app = await createGatewayTestApp({ executionQueue: queue, environment: { SESSION_MAX_QUEUED_JOBS: '0', ...environment }, throttlerStorage });
    return app;
  }

  async function post(path: string, body: object, headers: Record<string, string> = {}) {
    return request(app?.getHttpServer()).post(path).set(headers).send(body);
  }

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  describe('per client', () => {
    beforeEach(() => start({ RATE_LIMIT_CLIENT_PER_MINUTE: '3', RATE_LIMIT_SESSION_PER_MINUTE: '0' }));

    it('answers the 4th execution of a minute with 429, Retry-After and a message naming the per-client limit', async () => {
      for (let i = 0; i < 3; i++) expect((await post(EXECUTE, RUN)).status).toBe(200);

      const response = await post(EXECUTE, RUN);

      expect(response.status).toBe(429);
      expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(response.body).toEqual(CLIENT_LIMITED);
      expect(queue.enqueued).toHaveLength(3);
    });

    it('counts execute and execute/async together', async () => {
      expect((await post(EXECUTE, RUN)).status).toBe(200);
      expect((await post(EXECUTE_ASYNC, RUN)).status).toBe(202);
      expect((await post(EXECUTE, RUN)).status).toBe(200);

      const response = await post(EXECUTE_ASYNC, RUN);

      expect(response.status).toBe(429);
      expect(response.body).toEqual(CLIENT_LIMITED);
    });

    it('counts requests the pipe rejects too, so a flood of bad input is limited as well', async () => {
      for (let i = 0; i < 3; i++) expect((await post(EXECUTE, { language: 'brainfuck', code: 'x' })).status).toBe(400);

      expect((await post(EXECUTE, RUN)).status).toBe(429);
    });

    it('tells the client its limit and what is left in X-RateLimit-*-client headers', async () => {
      const response = await post(EXECUTE, RUN);

      expect(response.headers['x-ratelimit-limit-client']).toBe('3');
      expect(response.headers['x-ratelimit-remaining-client']).toBe('2');
    });

    it('counts validate against the per-client limit, with the runs', async () => {
      const server = app?.getHttpServer();
      for (let i = 0; i < 2; i++) expect((await request(server).post('/api/v1/execution/validate').send(RUN)).status).toBe(200);
      expect((await post(EXECUTE, RUN)).status).toBe(200);

      const response = await request(server).post('/api/v1/execution/validate').send(RUN);

      expect(response.status).toBe(429);
      expect(response.body).toEqual(CLIENT_LIMITED);
    });

    it('does not limit task reads, languages, health or metrics', async () => {
      for (let i = 0; i < 3; i++) await post(EXECUTE, RUN);
      const server = app?.getHttpServer();

      for (let i = 0; i < 5; i++) {
        expect((await request(server).get('/api/v1/execution/task/unknown')).status).toBe(404);
        expect((await request(server).get('/api/v1/execution/languages')).status).toBe(200);
        expect((await request(server).get('/health/live')).status).toBe(200);
        expect((await request(server).get('/metrics')).status).toBe(200);
      }
    });

    it('ignores X-Forwarded-For by default: any client could send it to get a fresh count', async () => {
      for (let i = 0; i < 3; i++) await post(EXECUTE, RUN, { 'X-Forwarded-For': `203.0.113.${i}` });

      expect((await post(EXECUTE, RUN, { 'X-Forwarded-For': '203.0.113.99' })).status).toBe(429);
    });
  });

  it('counts by the X-Forwarded-For address when TRUST_PROXY trusts the proxy it came through', async () => {
    await start({ RATE_LIMIT_CLIENT_PER_MINUTE: '3', RATE_LIMIT_SESSION_PER_MINUTE: '0', TRUST_PROXY: 'loopback' });
    for (let i = 0; i < 3; i++) expect((await post(EXECUTE, RUN, { 'X-Forwarded-For': '203.0.113.7' })).status).toBe(200);

    expect((await post(EXECUTE, RUN, { 'X-Forwarded-For': '203.0.113.7' })).status).toBe(429);
    expect((await post(EXECUTE, RUN, { 'X-Forwarded-For': '203.0.113.8' })).status).toBe(200);
  });

  describe('per session', () => {
    beforeEach(() => start({ RATE_LIMIT_CLIENT_PER_MINUTE: '10', RATE_LIMIT_SESSION_PER_MINUTE: '2' }));

    it('answers the 3rd execution of a session_id in a minute with 429 naming the per-session limit', async () => {
      expect((await post(EXECUTE, { ...RUN, session_id: 'tab-1' })).status).toBe(200);
      expect((await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' })).status).toBe(202);

      const response = await post(EXECUTE, { ...RUN, session_id: 'tab-1' });

      expect(response.status).toBe(429);
      expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(response.body).toEqual(SESSION_LIMITED);
    });

    it('counts each session_id on its own', async () => {
      await post(EXECUTE, { ...RUN, session_id: 'tab-1' });
      await post(EXECUTE, { ...RUN, session_id: 'tab-1' });

      expect((await post(EXECUTE, { ...RUN, session_id: 'tab-2' })).status).toBe(200);
    });

    it('limits requests without a session_id only per client', async () => {
      for (let i = 0; i < 5; i++) expect((await post(EXECUTE, RUN)).status).toBe(200);
    });

    it('answers a session_id of the wrong type with the 400 of the pipe, not a rate-limit error', async () => {
      const response = await post(EXECUTE, { ...RUN, session_id: 42 });

      expect(response.status).toBe(400);
      expect(response.body.message).toContain('session_id must be a string');
    });
  });

  it('limits nothing when both limits are 0', async () => {
    await start({ RATE_LIMIT_CLIENT_PER_MINUTE: '0', RATE_LIMIT_SESSION_PER_MINUTE: '0' });

    for (let i = 0; i < 30; i++) expect((await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' })).status).toBe(202);
  });

  it('lets the request through when the rate-limit storage (Redis) fails, so the queue decides', async () => {
    const failing: ThrottlerStorage = { increment: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) };
    await start({ RATE_LIMIT_CLIENT_PER_MINUTE: '1', RATE_LIMIT_SESSION_PER_MINUTE: '1' }, failing);

    for (let i = 0; i < 3; i++) expect((await post(EXECUTE, { ...RUN, session_id: 'tab-1' })).status).toBe(200);

    queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');
    const response = await post(EXECUTE, RUN);
    expect(response.status).toBe(503);
    expect(response.body.message).toBe('the execution queue is unavailable');
  });
});
