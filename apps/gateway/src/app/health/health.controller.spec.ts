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

  it('is ready with Redis up and a live worker that reaches Docker', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      info: { redis: { status: 'up' }, workers: { status: 'up', alive: 1 }, docker: { status: 'up', workers_with_docker: 1 } },
      error: {},
      details: { redis: { status: 'up' }, workers: { status: 'up', alive: 1 }, docker: { status: 'up', workers_with_docker: 1 } },
    });
  });

  it('answers 503 naming "workers" when no worker is alive', async () => {
    queue.workers = [];

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(response.body).toEqual({
      status: 'error',
      info: { redis: { status: 'up' } },
      error: {
        workers: { status: 'down', message: 'no execution worker is alive' },
        docker: { status: 'down', message: 'no live worker reaches a Docker engine' },
      },
      details: {
        redis: { status: 'up' },
        workers: { status: 'down', message: 'no execution worker is alive' },
        docker: { status: 'down', message: 'no live worker reaches a Docker engine' },
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
  });
});
