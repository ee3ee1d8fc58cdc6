import { ExecutionStatus } from '@ghostide/contracts';
import { ChildProcess } from 'node:child_process';
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

/** A gateway and two workers sharing one Redis (a private database of the machine's). */
const REDIS_URL = 'redis://127.0.0.1:6379/11';
const WORKER_A = 'fault-worker-pair-a';
const WORKER_B = 'fault-worker-pair-b';
const WORKER_ENV = { WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '0', SANDBOX_POOL_SIZES: 'python=2' };
const JOBS = 12;

/** A program that takes a while and prints which job it was, so no result can be mistaken for another's. */
function job(index: number, sleepSeconds: number): { language: string; code: string } {
  return { language: 'python', code: `import time\ntime.sleep(${sleepSeconds})\nprint("job ${index}")` };
}

describe('a gateway and two workers sharing one Redis', () => {
  const env = new FaultEnvironment(18102, REDIS_URL);
  let workerB: ChildProcess;

  beforeAll(async () => {
    await flushRedisDatabase(REDIS_URL);
    await env.startGateway();
    env.startWorker(WORKER_A, WORKER_ENV);
    workerB = env.startWorker(WORKER_B, WORKER_ENV);
    await Promise.all([waitForWorker(REDIS_URL, WORKER_A, 60_000), waitForWorker(REDIS_URL, WORKER_B, 60_000)]);
    await env.waitUntilReady(30_000);
  });

  afterAll(async () => {
    await env.stopAll();
    await removeSandboxContainers([WORKER_A, WORKER_B]);
  });

  it(`spreads ${JOBS} jobs over both workers`, async () => {
    const taskIds: string[] = [];
    for (let i = 0; i < JOBS; i++) taskIds.push(await env.submit(job(i, 0.5)));

    const finals = await Promise.all(taskIds.map((id) => env.waitForTask(id, ['completed', 'failed'], 90_000)));
    finals.forEach((final, i) => expect(final).toMatchObject({ status: 'completed', result: { status: ExecutionStatus.Success, stdout: `job ${i}\n` } }));

    const byA = taskIds.filter((id) => executionsLoggedBy(WORKER_A).has(id));
    const byB = taskIds.filter((id) => executionsLoggedBy(WORKER_B).has(id));
    expect(byA.length).toBeGreaterThan(0);
    expect(byB.length).toBeGreaterThan(0);
    expect(byA.length + byB.length).toBe(JOBS);
  });

  it('loses no job when one worker is stopped (SIGTERM) while jobs are queued and running', async () => {
    const taskIds: string[] = [];
    for (let i = 0; i < JOBS; i++) taskIds.push(await env.submit(job(i, 1)));
    // Both workers busy (one slot each), the rest waiting.
    await eventually('both workers running a job', 30_000, async () => {
      const statuses = await Promise.all(taskIds.map(async (id) => (await env.task(id)).status));
      if (statuses.filter((status) => status === 'running').length >= 2) return true;
      throw new Error(statuses.join(', '));
    }, 100);

    workerB.kill('SIGTERM');

    const finals = await Promise.all(taskIds.map((id) => env.waitForTask(id, ['completed', 'failed'], 90_000)));
    finals.forEach((final, i) => expect(final).toMatchObject({ status: 'completed', result: { status: ExecutionStatus.Success, stdout: `job ${i}\n` } }));

    const exit = await waitForExit(workerB, 20_000);
    expect(exit.signal === 'SIGTERM' || exit.code === 0).toBe(true);
    await eventually(`no container of ${WORKER_B} left`, 10_000, async () => {
      const left = await sandboxContainers(WORKER_B, { includeStopped: true });
      if (left.length > 0) throw new Error(`${left.length} container(s) left`);
      return true;
    });
  });
});
