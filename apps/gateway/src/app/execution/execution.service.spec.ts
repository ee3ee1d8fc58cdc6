import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

const EXECUTE = '/api/v1/execution/execute';
const EXECUTE_ASYNC = '/api/v1/execution/execute/async';
const RUN = { language: 'python', code: 'print(1)' };

describe('ExecutionService: the bound on jobs a session may have waiting or running', () => {
  let app: INestApplication | undefined;
  let queue: FakeExecutionQueue;

  async function start(sessionMaxQueuedJobs: string): Promise<void> {
    queue = new FakeExecutionQueue();
    // Rate limits are ExecutionThrottlerGuard's subject: off here.
    app = await createGatewayTestApp({
      executionQueue: queue,
      environment: { SESSION_MAX_QUEUED_JOBS: sessionMaxQueuedJobs, RATE_LIMIT_CLIENT_PER_MINUTE: '0', RATE_LIMIT_SESSION_PER_MINUTE: '0' },
    });
  }

  async function post(path: string, body: object) {
    return request(app?.getHttpServer()).post(path).send(body);
  }

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  describe('with SESSION_MAX_QUEUED_JOBS=2', () => {
    beforeEach(() => start('2'));

    it('answers 429 with Retry-After naming the bound when the session has 2 jobs queued, without queueing a 3rd', async () => {
      expect((await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' })).status).toBe(202);
      expect((await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' })).status).toBe(202);

      for (const path of [EXECUTE_ASYNC, EXECUTE]) {
        const response = await post(path, { ...RUN, session_id: 'tab-1' });

        expect(response.status).toBe(429);
        expect(response.headers['retry-after']).toBe('5');
        expect(response.body).toEqual({
          statusCode: 429,
          message:
            'per-session queue bound reached: this session_id already has 2 executions waiting or running (at most 2); retry when one has finished',
          error: 'Too Many Requests',
        });
      }
      expect(queue.enqueued).toHaveLength(2);
    });

    it('counts each session on its own', async () => {
      await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' });
      await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' });

      expect((await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-2' })).status).toBe(202);
    });

    it('frees a slot when a job finishes: sync runs one after another are never refused', async () => {
      for (let i = 0; i < 5; i++) expect((await post(EXECUTE, { ...RUN, session_id: 'tab-1' })).status).toBe(200);
    });

    it('does not bound requests without a session_id', async () => {
      for (let i = 0; i < 5; i++) expect((await post(EXECUTE_ASYNC, RUN)).status).toBe(202);
    });

    it('answers 503, not 429 or 500, when Redis is down', async () => {
      queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');

      const response = await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' });

      expect(response.status).toBe(503);
      expect(response.body.message).toBe('the execution queue is unavailable');
    });
  });

  it('does not bound a session when SESSION_MAX_QUEUED_JOBS is 0', async () => {
    await start('0');

    for (let i = 0; i < 5; i++) expect((await post(EXECUTE_ASYNC, { ...RUN, session_id: 'tab-1' })).status).toBe(202);
  });
});
