import { ExecutionStatus } from '@ghostide/contracts';
import { ChildProcess } from 'node:child_process';
import {
  FaultEnvironment,
  eventually,
  isRunning,
  removeSandboxContainers,
  sleep,
  waitForExit,
  waitForWorker,
} from './support/fault-harness';

/**
 * Redis stopped and started again under a running gateway and worker. The test
 * runs its own redis-server on port 6391: the machine's shared Redis on 6379
 * is never stopped.
 */
const REDIS_PORT = 6391;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const WORKER = 'fault-worker-redis';
const HELLO = { language: 'python', code: 'print("hello, world")' };
/**
 * Redis stays down at least this long: with Bull's default reconnect back-off
 * (e^attempt ms, up to 20 s) the apps' next attempt would then come about 18 s
 * after Redis is back; the queue's capped back-off (2 s) must do much better.
 */
const MIN_OUTAGE_MS = 15_000;
/** Redis back → ready: a reconnect (≤ 2 s), then the worker's next heartbeat (every 5 s). */
const RECOVERY_TIMEOUT_MS = 12_000;

describe('Redis stopped and restarted under a running gateway and worker', () => {
  const env = new FaultEnvironment(18104, REDIS_URL);
  let gateway: ChildProcess;
  let worker: ChildProcess;
  let redis: ChildProcess;
  let redisStoppedAt = 0;

  beforeAll(async () => {
    redis = await env.startRedisServer(REDIS_PORT);
    gateway = await env.startGateway();
    worker = env.startWorker(WORKER, { WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '0', SANDBOX_POOL_SIZES: 'python=1' });
    await waitForWorker(REDIS_URL, WORKER, 60_000);
    await env.waitUntilReady(30_000);
  });

  afterAll(async () => {
    await env.stopAll();
    await removeSandboxContainers([WORKER]);
  });

  it('runs code before Redis stops', async () => {
    expect(await env.execute(HELLO)).toMatchObject({ status: ExecutionStatus.Success, stdout: 'hello, world\n' });
  });

  it('reports Redis down in readiness within seconds of it stopping', async () => {
    redis.kill('SIGTERM');
    await waitForExit(redis, 10_000);
    redisStoppedAt = Date.now();

    const readiness = await eventually('readiness 503 naming redis', 15_000, async () => {
      const response = await env.readiness();
      if (response.status === 503 && response.body.error?.['redis']?.status === 'down') return response;
      throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    });
    expect(readiness.body.error?.['redis']?.message).toMatch(/Redis/);
  });

  it('answers execute with 503 and Retry-After quickly while Redis is down, never hanging', async () => {
    for (const path of ['/api/v1/execution/execute', '/api/v1/execution/execute/async']) {
      const startedAt = Date.now();
      const response = await env.call('POST', path, HELLO, 15_000);
      expect({ path, status: response.status }).toEqual({ path, status: 503 });
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(Date.now() - startedAt).toBeLessThan(10_000);
    }
  });

  it('works again once Redis is back, without restarting the gateway or the worker', async () => {
    await sleep(redisStoppedAt + MIN_OUTAGE_MS - Date.now());
    redis = await env.startRedisServer(REDIS_PORT);

    // Redis came back empty (no persistence): the worker's next heartbeat makes it ready again.
    await env.waitUntilReady(RECOVERY_TIMEOUT_MS);
    expect(await env.execute(HELLO)).toMatchObject({ status: ExecutionStatus.Success, stdout: 'hello, world\n' });
    const taskId = await env.submit(HELLO);
    expect(await env.waitForTask(taskId, ['completed', 'failed'], 30_000)).toMatchObject({
      status: 'completed',
      result: { status: ExecutionStatus.Success, stdout: 'hello, world\n' },
    });
    expect(isRunning(gateway)).toBe(true);
    expect(isRunning(worker)).toBe(true);
  });
});
