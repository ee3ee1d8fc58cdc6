import { ExecutionStatus } from '@ghostide/contracts';
import {
  eventually,
  executionsLoggedBy,
  FaultEnvironment,
  flushRedisDatabase,
  removeSandboxContainers,
  sandboxContainers,
  waitForExit,
  waitForWorker,
} from './support/fault-harness';

/**
 * A worker killed with SIGKILL in the middle of a run. Bull's lock on the job
 * (lockDuration 15 s) is then no longer renewed; another worker's stall check
 * (every 5 s) hands the job back to the queue once, and that worker runs it.
 */
const REDIS_URL = 'redis://127.0.0.1:6379/10';
const WORKER_A = 'fault-worker-kill-a';
const WORKER_B = 'fault-worker-kill-b';
/** One slot each and a small python pool: the test needs nothing more. */
const WORKER_ENV = { WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '0', SANDBOX_POOL_SIZES: 'python=1' };

describe('a worker killed with SIGKILL in the middle of a run', () => {
  const env = new FaultEnvironment(18101, REDIS_URL);

  beforeAll(async () => {
    await flushRedisDatabase(REDIS_URL);
    await env.startGateway();
  });

  afterAll(async () => {
    await env.stopAll();
    await removeSandboxContainers([WORKER_A, WORKER_B]);
  });

  it('does not leave the job running: another worker runs it again (or it fails with a clear error), and the dead worker leaves no container', async () => {
    const workerA = env.startWorker(WORKER_A, WORKER_ENV);
    await waitForWorker(REDIS_URL, WORKER_A, 60_000);
    await env.waitUntilReady(30_000);

    const taskId = await env.submit({ language: 'python', code: 'import time\ntime.sleep(6)\nprint("done")', timeout: 20 });
    // Only A is alive, so A is the one running it.
    await env.waitForTask(taskId, ['running'], 20_000);
    await eventually(`${WORKER_A} has sandboxes to leave behind`, 10_000, async () => {
      if ((await sandboxContainers(WORKER_A)).length > 0) return true;
      throw new Error('no container');
    });

    workerA.kill('SIGKILL');
    await waitForExit(workerA, 5_000);
    env.startWorker(WORKER_B, WORKER_ENV);

    // The lock expires at most 15 s after A's last renewal, B's stall check runs every 5 s,
    // then the 6 s program runs again: about 30 s. 90 s means "never".
    const final = await env.waitForTask(taskId, ['completed', 'failed'], 90_000);
    if (final.status === 'completed') {
      expect(final.result).toMatchObject({ status: ExecutionStatus.Success, stdout: 'done\n' });
      expect(executionsLoggedBy(WORKER_B).has(taskId)).toBe(true);
    } else {
      expect(final.error).toMatch(/stalled/i);
    }

    // A's sandboxes (the one running the job and its pool) end when A's attach
    // connections drop, and the engine removes them (AutoRemove).
    await eventually(`no container of ${WORKER_A} left`, 30_000, async () => {
      const left = await sandboxContainers(WORKER_A, { includeStopped: true });
      if (left.length > 0) throw new Error(`${left.length} container(s) left`);
      return true;
    });
  });
});
