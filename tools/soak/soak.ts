import { ExecutionResult, ExecutionStatus, TaskStatus } from '@ghostide/contracts';
import { ChildProcess, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { linearRegression, mean } from 'simple-statistics';
import { join } from 'node:path';
import { writeReportSection } from '../report-section';
import { startApp, stopApp, waitUntilReady, WORKSPACE_ROOT } from '@ghostide/service-processes';

/**
 * `npm run soak`: mixed programs, hostile ones included, from 8 concurrent
 * clients for 10 minutes (SOAK_SECONDS) against a gateway and a worker it
 * starts on loopback. Reports runs, errors, lost jobs (accepted, never
 * finished), leaked containers and the apps' memory every 10 s, and
 * writes them into BENCHMARKS.md. A script, not a test.
 */
const DURATION_MS = Number(process.env['SOAK_SECONDS'] ?? 600) * 1000;
const CONCURRENCY = Number(process.env['SOAK_CONCURRENCY'] ?? 8);
/** How long after the load an accepted job may still take before it counts as lost. */
const FINISH_GRACE_MS = 120_000;
const PORT = 18095;
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Redis database of its own (bench: 14, integration tests: 15). */
const REDIS_URL = 'redis://127.0.0.1:6379/13';
const WORKER_ID = 'soak-worker';
const LOG_DIR = join(WORKSPACE_ROOT, 'tmp/soak-logs');
const MEMORY_SAMPLE_MS = 10_000;
/** The report's table shows every sixth sample: one a minute. */
const REPORT_EVERY_NTH_SAMPLE = 6;
/**
 * Memory counts as flat when neither app's RSS trend over the second half of
 * the run (the least-squares line through its samples, so single garbage
 * collection peaks do not decide) grows by more than this fraction over that
 * half. The first half is warm-up (V8 heap sizing, JIT, connection pools, the
 * compile cache filling).
 */
const FLAT_GROWTH_LIMIT = 0.1;

/** Resident memory (VmRSS, kB) of both apps, seconds after the load began. */
interface MemorySample {
  atS: number;
  gateway: number;
  worker: number;
}

/** A program of the mix and the status it must end with. */
interface SoakProgram {
  name: string;
  language: string;
  code: string;
  expected: ExecutionStatus;
  stdout?: string;
  timeout?: number;
}

const PROGRAMS: SoakProgram[] = [
  { name: 'python hello', language: 'python', code: 'print("hello")', expected: ExecutionStatus.Success, stdout: 'hello\n' },
  { name: 'javascript hello', language: 'javascript', code: 'console.log("hello")', expected: ExecutionStatus.Success, stdout: 'hello\n' },
  { name: 'cpp hello', language: 'cpp', code: '#include <cstdio>\nint main() { std::puts("hello"); }', expected: ExecutionStatus.Success, stdout: 'hello\n' },
  {
    name: 'java hello',
    language: 'java',
    code: 'public class Main { public static void main(String[] a) { System.out.println("hello"); } }',
    expected: ExecutionStatus.Success,
    stdout: 'hello\n',
  },
  { name: 'python exception', language: 'python', code: 'raise SystemExit(3)', expected: ExecutionStatus.RuntimeError },
  { name: 'cpp compile error', language: 'cpp', code: 'int main() { return nope; }', expected: ExecutionStatus.CompileError },
  { name: 'python infinite loop', language: 'python', code: 'while True: pass', expected: ExecutionStatus.Timeout, timeout: 1 },
  { name: 'python fork bomb', language: 'python', code: 'import os\nwhile True:\n  try: os.fork()\n  except OSError: pass', expected: ExecutionStatus.Timeout, timeout: 1 },
  { name: 'javascript memory bomb', language: 'javascript', code: 'const a = []; for (;;) a.push(Buffer.alloc(1 << 24, 1));', expected: ExecutionStatus.MemoryLimitExceeded },
  { name: 'python output flood', language: 'python', code: 'while True: print("x" * 1000)', expected: ExecutionStatus.OutputLimitExceeded },
  {
    name: 'python escaping child',
    language: 'python',
    code: 'import os, time\nif os.fork() == 0:\n  os.setsid()\n  time.sleep(300)\nprint("parent done")',
    expected: ExecutionStatus.Success,
    stdout: 'parent done\n',
  },
];

interface Tally {
  runs: number;
  errors: number;
  accepted: number;
  lost: number;
  errorSamples: string[];
  byProgram: Record<string, number>;
}

async function main(): Promise<void> {
  // Rate limits off: all clients share one address, and the load is the point here.
  const gateway = startApp('gateway', join(LOG_DIR, 'gateway.log'), {
    PORT: String(PORT),
    HOST: '127.0.0.1',
    REDIS_URL,
    RATE_LIMIT_CLIENT_PER_MINUTE: '0',
    RATE_LIMIT_SESSION_PER_MINUTE: '0',
  });
  const worker = startApp('worker', join(LOG_DIR, 'worker.log'), { WORKER_ID, REDIS_URL, WORKER_CONCURRENCY: '2' });
  const tally: Tally = { runs: 0, errors: 0, accepted: 0, lost: 0, errorSamples: [], byProgram: {} };
  try {
    await waitUntilReady(BASE_URL, 90_000, LOG_DIR);
    const startedAt = new Date();
    const sampleMemory = (): MemorySample => ({ atS: Math.round((Date.now() - startedAt.getTime()) / 1000), gateway: rssKb(gateway), worker: rssKb(worker) });
    const memory = [sampleMemory()];
    log(`soak: ${CONCURRENCY} clients for ${DURATION_MS / 1000} s; gateway ${mb(memory[0].gateway)}, worker ${mb(memory[0].worker)}`);
    const deadline = Date.now() + DURATION_MS;
    const pending: Promise<void>[] = [];
    const progress = setInterval(() => log(`  ${tally.runs} runs, ${tally.errors} errors, ${tally.accepted} async accepted`), 30_000);
    const sampling = setInterval(() => memory.push(sampleMemory()), MEMORY_SAMPLE_MS);
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, client) => clientLoop(client, deadline, tally, pending)));
    clearInterval(progress);
    clearInterval(sampling);
    await Promise.all(pending);
    memory.push(sampleMemory());
    await stopApp(worker);
    const leaked = await leakedContainers();
    const growth = secondHalfGrowth(memory);
    const flat = growth.gateway <= FLAT_GROWTH_LIMIT && growth.worker <= FLAT_GROWTH_LIMIT;
    const report = renderReport(tally, startedAt, memory, growth, flat, leaked);
    writeReportSection(join(WORKSPACE_ROOT, 'BENCHMARKS.md'), 'soak', report);
    log(report);
    if (tally.errors > 0 || tally.lost > 0 || leaked > 0 || !flat) process.exitCode = 1;
  } finally {
    await Promise.all([stopApp(gateway), stopApp(worker)]);
  }
}

/** One client: alternates sync runs and async runs it polls to the end, until the deadline. */
async function clientLoop(client: number, deadline: number, tally: Tally, pending: Promise<void>[]): Promise<void> {
  for (let i = 0; Date.now() < deadline; i++) {
    const program = PROGRAMS[(client * 7 + i) % PROGRAMS.length];
    tally.byProgram[program.name] = (tally.byProgram[program.name] ?? 0) + 1;
    if (i % 2 === 0) {
      await runSync(program, tally);
    } else {
      // Awaited here too: the load stays at CONCURRENCY requests in flight.
      const finished = runAsync(program, tally);
      pending.push(finished);
      await finished;
    }
  }
}

async function runSync(program: SoakProgram, tally: Tally): Promise<void> {
  tally.runs++;
  try {
    const response = await post('/api/v1/execution/execute', program);
    if (response.status !== 200) return fail(tally, program, `HTTP ${response.status}: ${JSON.stringify(response.body).slice(0, 200)}`);
    check(program, response.body as ExecutionResult, tally);
  } catch (err) {
    fail(tally, program, (err as Error).message);
  }
}

async function runAsync(program: SoakProgram, tally: Tally): Promise<void> {
  tally.runs++;
  const response = await post('/api/v1/execution/execute/async', program).catch((err: Error) => ({ status: 0, body: err.message }));
  if (response.status !== 202) return fail(tally, program, `async HTTP ${response.status}: ${JSON.stringify(response.body).slice(0, 200)}`);
  tally.accepted++;
  const taskId = (response.body as { task_id: string }).task_id;
  const giveUpAt = Date.now() + (program.timeout ?? 10) * 1000 + FINISH_GRACE_MS;
  while (Date.now() < giveUpAt) {
    const task = await fetch(`${BASE_URL}/api/v1/execution/task/${taskId}`)
      .then(async (r) => (r.ok ? ((await r.json()) as TaskStatus) : undefined))
      .catch(() => undefined);
    if (task?.status === 'completed' && task.result) return check(program, task.result, tally);
    if (task?.status === 'failed') return fail(tally, program, `task failed: ${task.error}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  tally.lost++;
  fail(tally, program, `task ${taskId} accepted but never finished`);
}

function check(program: SoakProgram, result: ExecutionResult, tally: Tally): void {
  if (result.status !== program.expected) return fail(tally, program, `status ${result.status}, expected ${program.expected}`);
  if (program.stdout !== undefined && result.stdout !== program.stdout) fail(tally, program, `stdout ${JSON.stringify(result.stdout.slice(0, 80))}`);
}

function fail(tally: Tally, program: SoakProgram, reason: string): void {
  tally.errors++;
  if (tally.errorSamples.length < 10) tally.errorSamples.push(`${program.name}: ${reason}`);
}

async function post(path: string, program: SoakProgram): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: program.language, code: program.code, timeout: program.timeout }),
  });
  return { status: response.status, body: await response.json() };
}

/** Containers of the soak worker still present after it stopped: each is a leak. */
async function leakedContainers(): Promise<number> {
  const deadline = Date.now() + 15_000;
  let ids: string[] = [];
  do {
    ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=ghostide.worker=${WORKER_ID}`]).toString().split('\n').filter(Boolean);
    if (ids.length === 0) return 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
  } while (Date.now() < deadline);
  return ids.length;
}

function rssKb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Each app's RSS trend over the second half: the fitted line's rise across the half, as a fraction of its mean RSS there. */
function secondHalfGrowth(memory: MemorySample[]): { gateway: number; worker: number } {
  const endS = memory[memory.length - 1].atS;
  const secondHalf = memory.filter((sample) => sample.atS >= endS / 2);
  const growthOf = (app: 'gateway' | 'worker') => {
    const slopeKbPerS = linearRegression(secondHalf.map((sample) => [sample.atS, sample[app]])).m;
    return (slopeKbPerS * (endS / 2)) / mean(secondHalf.map((sample) => sample[app]));
  };
  return { gateway: growthOf('gateway'), worker: growthOf('worker') };
}

function renderReport(
  tally: Tally,
  startedAt: Date,
  memory: MemorySample[],
  growth: { gateway: number; worker: number },
  flat: boolean,
  leaked: number,
): string {
  const start = memory[0];
  const end = memory[memory.length - 1];
  const percent = (fraction: number) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`;
  const mix = Object.entries(tally.byProgram)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
  return [
    '## Soak',
    '',
    `Run ${startedAt.toISOString()} with \`npm run soak\`: ${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s against a gateway and one worker (WORKER_CONCURRENCY 2) on 127.0.0.1; half sync runs, half async runs polled to the end. Mix: ${mix}. Every run's status (and stdout where fixed) is checked; a job accepted but not finished ${FINISH_GRACE_MS / 1000} s after its limit counts as lost; after the load the worker is stopped and any container labelled with its id counts as leaked.`,
    '',
    '| runs | errors | lost jobs | leaked containers | gateway RSS start → end | worker RSS start → end |',
    '|---|---|---|---|---|---|',
    `| ${tally.runs} | ${tally.errors} | ${tally.lost} | ${leaked} | ${mb(start.gateway)} → ${mb(end.gateway)} | ${mb(start.worker)} → ${mb(end.worker)} |`,
    '',
    `Memory (VmRSS) sampled every ${MEMORY_SAMPLE_MS / 1000} s (${memory.length} samples). Trend over the second half (the least-squares line through its samples, its rise across that half as a share of the mean): gateway ${percent(growth.gateway)}, worker ${percent(growth.worker)}; memory counts as flat when both stay within ${percent(FLAT_GROWTH_LIMIT)}: **${flat ? 'flat' : 'not flat'}**. One sample a minute:`,
    '',
    '| second | gateway RSS | worker RSS |',
    '|---|---|---|',
    ...memory
      .filter((_, index) => index % REPORT_EVERY_NTH_SAMPLE === 0 || index === memory.length - 1)
      .map((sample) => `| ${sample.atS} | ${mb(sample.gateway)} | ${mb(sample.worker)} |`),
    '',
    ...(tally.errorSamples.length ? ['First errors:', '', ...tally.errorSamples.map((sample) => `- ${sample}`), ''] : []),
  ].join('\n');
}

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MB`;
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`soak failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
