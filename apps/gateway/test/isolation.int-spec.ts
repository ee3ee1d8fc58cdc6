import { ExecutionStatus } from '@ghostide/contracts';
import { execFileSync } from 'node:child_process';
import { api, execute, FAST_POLL, ok } from './support/api';
import { allocate, LITTER, NOTHING_FOUND, PROBE } from './support/isolation-programs';
import { INTEGRATION_WORKER_ID, ISOLATION } from './support/service-processes';

/**
 * Runs never see each other, and a host that stops answering is replaced.
 * In host mode (SANDBOX_ISOLATION=host) runs share long-lived hosts: the
 * jail's hostname is its host container's, so the probes below find a run
 * that landed on the host the litter ran on. In container mode every run has
 * a container of its own, and the same probes must find nothing either.
 */

/** Sequential probes after the litter: with two hosts per language, enough to land on its host. */
const PROBES = 6;
/** The runner's margin beyond a job's limits before it gives a host up (DEADLINE_MARGIN_MS). */
const HOST_DEADLINE_MARGIN_MS = 15_000;

interface LitterReport {
  hostname: string;
  created: Record<string, boolean>;
}

interface ProbeReport {
  hostname: string;
  found: typeof NOTHING_FOUND;
}

async function runPython<T>(code: string): Promise<T> {
  const result = await execute({ language: 'python', code });
  expect(result).toMatchObject({ status: ExecutionStatus.Success, stderr: '' });
  return JSON.parse(result.stdout) as T;
}

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The worker's sandbox container in which a process whose command line contains `marker` runs. */
async function containerRunning(marker: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ids = docker('ps', '-q', '--filter', `label=ghostide.worker=${INTEGRATION_WORKER_ID}`).split('\n').filter(Boolean);
    for (const id of ids) {
      const processes = (() => {
        try {
          return docker('top', id, '-o', 'pid,args');
        } catch {
          return ''; // ended in the meantime
        }
      })();
      if (processes.includes(marker)) return id;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no sandbox container of ${INTEGRATION_WORKER_ID} runs "${marker}" within ${timeoutMs} ms`);
}

/** Starts a long python run asynchronously; `marker`, its argument, finds its container. */
async function startAsync(marker: string, timeout: number): Promise<string> {
  const body = { language: 'python', code: 'import time\ntime.sleep(25)\n', args: [marker], timeout };
  const accepted = await ok('POST /api/v1/execution/execute/async', api.POST('/api/v1/execution/execute/async', { body }));
  return String(accepted.task_id);
}

describe(`isolation between runs (${ISOLATION} mode)`, () => {
  it('leaves no file, process, listener, socket, IPC object or environment of one run to the next', async () => {
    const litter = await runPython<LitterReport>(LITTER);
    // The litter must have made everything it claims, or the probes prove nothing.
    expect(litter.created).toEqual({
      '/workspace/left': true,
      '/tmp/left': true,
      '/dev/shm/left': true,
      shm: true,
      sem: true,
      msg: true,
      mq: true,
      listeners: true,
    });
    const probes: ProbeReport[] = [];
    for (let i = 0; i < PROBES; i++) probes.push(await runPython<ProbeReport>(PROBE));
    for (const probe of probes) expect(probe.found).toEqual(NOTHING_FOUND);
    if (ISOLATION === 'host') expect(probes.map((probe) => probe.hostname)).toContain(litter.hostname);
  });

  it('enforces the memory limit in a run after one that used most of it, and reports peak memory', async () => {
    // Default python limit: 128 MB.
    for (let round = 0; round < 2; round++) {
      const big = await execute({ language: 'python', code: allocate(100) });
      expect(big).toMatchObject({ status: ExecutionStatus.Success, stdout: 'allocated\n' });
      expect(big.memory_usage_kb).toBeGreaterThan(100 * 1024);
      const tooBig = await execute({ language: 'python', code: allocate(256) });
      expect(tooBig).toMatchObject({ status: ExecutionStatus.MemoryLimitExceeded, stdout: '' });
      const small = await execute({ language: 'python', code: 'print("hello")' });
      expect(small).toMatchObject({ status: ExecutionStatus.Success, stdout: 'hello\n' });
      expect(small.memory_usage_kb).toBeLessThan(64 * 1024);
    }
  });
});

describe(`a sandbox that stops answering (${ISOLATION} mode)`, () => {
  it('killed during a run: the run is an internal_error, and the next run gets a working sandbox', async () => {
    const taskId = await startAsync('killed-agent-marker', 30);
    docker('kill', await containerRunning('killed-agent-marker'));
    const task = await api.waitForTask(taskId, FAST_POLL);
    expect(task).toMatchObject({ status: 'completed', result: { status: ExecutionStatus.InternalError } });
    expect(await execute({ language: 'python', code: 'print("after the kill")' })).toMatchObject({ status: ExecutionStatus.Success, stdout: 'after the kill\n' });
  });

  it('agent stopped during a run: the run ends as an internal_error within its limit plus the margin, and the next run works', async () => {
    const timeoutS = 2;
    const started = Date.now();
    const taskId = await startAsync('stopped-agent-marker', timeoutS);
    const container = await containerRunning('stopped-agent-marker');
    // From the machine: inside the container the agent is PID 1, which no process there can stop.
    process.kill(Number(docker('inspect', '--format', '{{.State.Pid}}', container).trim()), 'SIGSTOP');
    const task = await api.waitForTask(taskId, { ...FAST_POLL, timeoutMs: 60_000 });
    expect(task).toMatchObject({ status: 'completed', result: { status: ExecutionStatus.InternalError } });
    expect(Date.now() - started).toBeLessThan(timeoutS * 1000 + HOST_DEADLINE_MARGIN_MS + 10_000);
    expect(await execute({ language: 'python', code: 'print("after the stop")' })).toMatchObject({ status: ExecutionStatus.Success, stdout: 'after the stop\n' });
  });
});
