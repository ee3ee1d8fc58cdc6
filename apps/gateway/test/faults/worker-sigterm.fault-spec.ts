import { ExecutionStatus } from '@ghostide/contracts';
import {
  eventually,
  FaultEnvironment,
  flushRedisDatabase,
  removeSandboxContainers,
  sandboxContainers,
  waitForExit,
  waitForWorker,
} from './support/fault-harness';

/**
 * Graceful shutdown: on SIGTERM the worker's Bull queue stops taking jobs and
 * waits for the running one (queue.close() from the Nest shutdown hooks), the
 * pool's idle sandboxes are removed, and the process exits.
 */
const REDIS_URL = 'redis://127.0.0.1:6379/12';
const WORKER = 'fault-worker-term';
const NEXT_WORKER = 'fault-worker-term-next';
const WORKER_ENV = { WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '0', SANDBOX_POOL_SIZES: 'python=2' };

describe('a worker stopped with SIGTERM while it runs a job', () => {
  const env = new FaultEnvironment(18103, REDIS_URL);

  beforeAll(async () => {
    await flushRedisDatabase(REDIS_URL);
    await env.startGateway();
  });

  afterAll(async () => {
    await env.stopAll();
    await removeSandboxContainers([WORKER, NEXT_WORKER]);
  });

  it('finishes the running job, leaves the waiting one queued for another worker, exits and leaves no container', async () => {
    const worker = env.startWorker(WORKER, WORKER_ENV);
    await waitForWorker(REDIS_URL, WORKER, 60_000);
    await env.waitUntilReady(30_000);

    const running = await env.submit({ language: 'python', code: 'import time\ntime.sleep(4)\nprint("done")' });
    await env.waitForTask(running, ['running'], 20_000);
    // One slot: this one waits behind the running job.
    const waiting = await env.submit({ language: 'python', code: 'print("second")' });
    expect((await env.task(waiting)).status).toBe('queued');

    worker.kill('SIGTERM');
    const exit = await waitForExit(worker, 20_000);
    expect(exit.signal === 'SIGTERM' || exit.code === 0).toBe(true);

    // No other worker exists: whatever finished, this worker finished before it exited.
    expect(await env.task(running)).toMatchObject({ status: 'completed', result: { status: ExecutionStatus.Success, stdout: 'done\n' } });
    expect((await env.task(waiting)).status).toBe('queued');
    await eventually(`no container of ${WORKER} left`, 10_000, async () => {
      const left = await sandboxContainers(WORKER, { includeStopped: true });
      if (left.length > 0) throw new Error(`${left.length} container(s) left`);
      return true;
    });

    env.startWorker(NEXT_WORKER, WORKER_ENV);
    const handedOver = await env.waitForTask(waiting, ['completed', 'failed'], 60_000);
    expect(handedOver).toMatchObject({ status: 'completed', result: { status: ExecutionStatus.Success, stdout: 'second\n' } });
  });
});
