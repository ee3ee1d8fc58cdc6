import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { FakeExecutionQueue, liveWorker } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

describe('HealthController', () => {
  let app: INestApplication;
  let queue: FakeExecutionQueue;

  beforeEach(async () => {
    queue = new FakeExecutionQueue();
    app = await createGatewayTestApp({ executionQueue: queue });
  });

  afterEach(async () => {
    await app.close();
  });

  it('is live whatever the queue says', async () => {
    queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');

    const response = await request(app.getHttpServer()).get('/health/live');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok' });
  });

  it('is ready with Redis up, a live worker that reaches Docker and room in the queue', async () => {
    queue.waiting = 2;

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(200);
    const up = {
      redis: { status: 'up' },
      workers: { status: 'up', alive: 1 },
      docker: { status: 'up', workers_with_docker: 1 },
      queue: { status: 'up', waiting: 2, max_waiting: 3 },
    };
    expect(response.body).toEqual({ status: 'ok', info: up, error: {}, details: up });
  });

  it('answers 503 naming "queue" when as many jobs wait as QUEUE_MAX_WAITING_JOBS allows, as runs then get 503', async () => {
    queue.waiting = 3;

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(response.body.error).toEqual({
      queue: { status: 'down', message: 'the queue is full: 3 jobs waiting, at most 3 (QUEUE_MAX_WAITING_JOBS)', waiting: 3, max_waiting: 3 },
    });
  });

  it('answers 503 within HEALTH_PROBE_TIMEOUT_MS when Redis does not answer', async () => {
    await app.close();
    app = await createGatewayTestApp({ executionQueue: queue, environment: { HEALTH_PROBE_TIMEOUT_MS: '200' } });
    queue.stalled = true;
    const startedAt = Date.now();

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(Date.now() - startedAt).toBeLessThan(1_500);
    expect(response.body.error.redis).toEqual({ status: 'down', message: 'Redis is not reachable: pinging Redis took longer than 200 ms' });
    expect(Object.keys(response.body.error).sort()).toEqual(['docker', 'queue', 'redis', 'workers']);
  });

  it('answers 503 naming "workers" when no worker is alive', async () => {
    queue.workers = [];

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      status: 'error',
      info: { redis: { status: 'up' }, queue: { status: 'up', waiting: 0, max_waiting: 3 } },
      error: {
        workers: { status: 'down', message: 'no execution worker is alive' },
        docker: { status: 'down', message: 'no live worker reaches a Docker engine' },
      },
      details: {
        redis: { status: 'up' },
        workers: { status: 'down', message: 'no execution worker is alive' },
        docker: { status: 'down', message: 'no live worker reaches a Docker engine' },
        queue: { status: 'up', waiting: 0, max_waiting: 3 },
      },
    });
  });

  it('answers 503 naming "docker" when the live workers cannot reach Docker', async () => {
    queue.workers = [liveWorker({ dockerReachable: false })];

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(response.body.status).toBe('error');
    expect(Object.keys(response.body.error)).toEqual(['docker']);
  });

  it('answers 503 naming "redis" when Redis is down', async () => {
    queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(response.body.error.redis).toEqual({ status: 'down', message: 'Redis is not reachable: connect ECONNREFUSED 127.0.0.1:6379' });
    expect(response.body.error.workers).toEqual({ status: 'down', message: 'no execution worker is alive' });
    expect(response.body.error.queue).toEqual({ status: 'down', message: 'the queue cannot be counted: connect ECONNREFUSED 127.0.0.1:6379' });
  });
});
