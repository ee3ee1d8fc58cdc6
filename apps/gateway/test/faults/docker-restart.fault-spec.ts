import { ExecutionStatus } from '@ghostide/contracts';
import { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  eventually,
  FaultEnvironment,
  flushRedisDatabase,
  heartbeatOf,
  isRunning,
  removeSandboxContainers,
  run,
  sandboxContainers,
  waitForWorker,
} from './support/fault-harness';

/**
 * The machine's Docker engine stopped and started again under a running
 * worker: it must notice, say so in its heartbeat, and refill its warm pool
 * once the engine is back, without a restart. This kills every container on
 * the machine, so the sequencer runs this file last (docker-*.fault-spec.ts).
 * The engine is started again exactly as set-up does: scripts/setup.sh.
 */
const REDIS_URL = 'redis://127.0.0.1:6379/10';
const WORKER = 'fault-worker-docker';
/** Languages with warm pools (the default's four; warming all 42 would take minutes). */
const WARM_LANGUAGES = ['python', 'javascript', 'java', 'cpp'];
/** One idle sandbox per warm language. */
const WORKER_ENV = { WORKER_CONCURRENCY: '1', SANDBOX_POOL_SIZE: '1', SANDBOX_WARM_LANGUAGES: WARM_LANGUAGES.join(',') };
/** scripts/setup.sh's lock: a set-up in progress (building images) must not lose its engine. */
const SETUP_LOCK_FILE = join(process.env['TMPDIR'] ?? tmpdir(), `ghostide-setup-${process.getuid?.() ?? 0}.lock`);
const SETUP_TIMEOUT_MS = 10 * 60_000;

async function dockerAnswers(): Promise<boolean> {
  return (await run('docker', ['info'], 15_000)).code === 0;
}

async function runSetup(): Promise<void> {
  const setup = await run('bash', ['scripts/setup.sh'], SETUP_TIMEOUT_MS);
  if (setup.code !== 0) throw new Error(`scripts/setup.sh exited ${setup.code}: ${setup.stderr.trim().split('\n').slice(-5).join(' | ')}`);
}

async function poolContainerCount(): Promise<number> {
  return (await sandboxContainers(WORKER, { poolOnly: true })).length;
}

describe('the Docker engine restarted under a running worker', () => {
  const env = new FaultEnvironment(18105, REDIS_URL);
  let worker: ChildProcess;
  let poolSize: number;

  beforeAll(async () => {
    await flushRedisDatabase(REDIS_URL);
    await env.startGateway();
    worker = env.startWorker(WORKER, WORKER_ENV);
    await waitForWorker(REDIS_URL, WORKER, 60_000);
    await env.waitUntilReady(30_000);
    const languages = await env.call<{ id: string; compiled: boolean }[]>('GET', '/api/v1/execution/languages');
    const warm = languages.body.filter((language) => WARM_LANGUAGES.includes(language.id));
    // One host per warm language at its run limit, and one per compiled one at the compile's (SANDBOX_COMPILE_MEMORY_MB).
    poolSize = warm.length + warm.filter((language) => language.compiled).length;
    await eventually(`pool of ${WORKER} full`, 60_000, async () => {
      const count = await poolContainerCount();
      if (count === poolSize) return true;
      throw new Error(`${count} of ${poolSize} pool containers`);
    });
  }, 120_000);

  afterAll(async () => {
    await env.stopAll();
    // Whatever failed above, the machine gets its engine back.
    if (!(await dockerAnswers())) await runSetup();
    await removeSandboxContainers([WORKER]);
  }, SETUP_TIMEOUT_MS + 60_000);

  it('reports Docker unreachable in the heartbeat and readiness while the engine is down', async () => {
    expect((await run('flock', ['--wait', '300', SETUP_LOCK_FILE, 'true'], 310_000)).code).toBe(0);
    expect((await run('pkill', ['-x', 'dockerd'], 10_000)).code).toBe(0);
    await eventually('the Docker engine stopped', 60_000, async () => {
      if (await dockerAnswers()) throw new Error('docker info still answers');
      // setup.sh never starts a second dockerd next to one that is still shutting down.
      if ((await run('pgrep', ['-x', 'dockerd'], 5_000)).code === 0) throw new Error('dockerd is still shutting down');
      return true;
    });

    await eventually(`heartbeat of ${WORKER} says Docker is unreachable`, 20_000, async () => {
      const heartbeat = await heartbeatOf(REDIS_URL, WORKER);
      if (heartbeat?.dockerReachable === false) return true;
      throw new Error(heartbeat ? 'dockerReachable is still true' : 'no live heartbeat');
    });
    const readiness = await env.readiness();
    expect(readiness.status).toBe(503);
    expect(readiness.body.error?.['docker']?.status).toBe('down');
  }, 120_000 + 310_000);

  it('recovers once set-up has started the engine again: Docker reachable, pool refilled, hello world runs', async () => {
    await runSetup();

    await eventually(`heartbeat of ${WORKER} says Docker is reachable`, 30_000, async () => {
      const heartbeat = await heartbeatOf(REDIS_URL, WORKER);
      if (heartbeat?.dockerReachable === true) return true;
      throw new Error(heartbeat ? 'dockerReachable is still false' : 'no live heartbeat');
    });
    await eventually(`pool of ${WORKER} refilled`, 60_000, async () => {
      const count = await poolContainerCount();
      if (count === poolSize) return true;
      throw new Error(`${count} of ${poolSize} pool containers`);
    });
    await env.waitUntilReady(30_000);
    expect(await env.execute({ language: 'python', code: 'print("hello, world")' })).toMatchObject({
      status: ExecutionStatus.Success,
      stdout: 'hello, world\n',
    });
    expect(isRunning(worker)).toBe(true);
  }, SETUP_TIMEOUT_MS + 180_000);
});
