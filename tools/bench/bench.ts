import 'reflect-metadata';
import { validateEnvironment } from '@ghostide/config';
import { ExecutionResult, ExecutionStatus } from '@ghostide/contracts';
import { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { BaselineRun, DockerBaselines } from '@ghostide/sandbox/bench';
import type { SandboxFile } from '@ghostide/sandbox';
import { writeReportSection } from '../report-section';
import { baselineProgram } from './baseline-program';
import { percentile } from './percentile';
import { startApp, stopApp, waitUntilReady, WORKSPACE_ROOT } from '@ghostide/service-processes';

/**
 * `npm run bench`: latency and throughput of this service next to the Docker
 * floors and the cold one-container-per-run design, measured side by side in
 * one run on the same images and limits; writes BENCHMARKS.md. Starts its own
 * gateway and worker from dist/ (the npm script builds them first).
 * BENCH_QUICK=1: 20 sequential runs and 5 s windows, for development.
 */
const QUICK = process.env['BENCH_QUICK'] === '1';
const SEQUENTIAL_RUNS = QUICK ? 20 : 100;
const WINDOW_MS = (QUICK ? 5 : 30) * 1000;
const CONCURRENCIES = [1, 4, 8];
const MEMORY_SAMPLE_MS = 500;
/** Pause before each measurement, so the previous one's clean-up (container removals, pool refills) does not load it. */
const SETTLE_MS = 2_000;
const READY_TIMEOUT_MS = 90_000;

const PORT = 18090;
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** A Redis database of its own, apart from a developer's service (0) and the integration tests (15). */
const REDIS_URL = 'redis://127.0.0.1:6379/14';
const WORKER_ID = 'bench-worker';
const LOG_DIR = join(WORKSPACE_ROOT, 'tmp/bench-logs');
const REPORT_FILE = join(WORKSPACE_ROOT, 'BENCHMARKS.md');

const EXPECTED_STDOUT = 'hello, world\n';
const CPP_SOURCE = '#include <iostream>\nint main() { std::cout << "hello, world" << std::endl; }';
/** What competitive programmers start with: the image's precompiled header makes it cheap (issue 13). */
const CPP_STDCXX_SOURCE = '#include <bits/stdc++.h>\nint main() { std::cout << "hello, world" << std::endl; }';

/** One program of the benchmark. */
interface BenchCase {
  name: string;
  languageId: string;
  code: string;
  /** Each run gets a source of its own (a comment with a counter), so the compile cache misses. */
  uniqueSource: boolean;
}

const CASES: BenchCase[] = [
  { name: 'python hello', languageId: 'python', code: 'print("hello, world")', uniqueSource: false },
  { name: 'javascript hello', languageId: 'javascript', code: 'console.log("hello, world");', uniqueSource: false },
  { name: 'cpp cached', languageId: 'cpp', code: CPP_SOURCE, uniqueSource: false },
  { name: 'cpp uncached', languageId: 'cpp', code: CPP_SOURCE, uniqueSource: true },
  { name: 'cpp bits/stdc++.h uncached', languageId: 'cpp', code: CPP_STDCXX_SOURCE, uniqueSource: true },
];
/** Throughput is measured for the programs a compile cache can serve. */
const THROUGHPUT_CASES = CASES.filter((benchCase) => !benchCase.uniqueSource);

const METHODS = ['exec floor', 'attach floor', 'jailed host', 'cold', 'service'] as const;
type Method = (typeof METHODS)[number];

/** One timed run: its duration and whether it printed the expected output. */
interface Sample {
  ms: number;
  ok: boolean;
  error?: string;
}
type Runner = () => Promise<Sample>;

interface LatencyStats {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
}

interface ThroughputStats {
  runs: number;
  runsPerS: number;
  p95Ms: number;
  errors: number;
}

interface ThroughputRow {
  caseName: string;
  concurrency: number;
  service: ThroughputStats;
  cold: ThroughputStats;
}

/** Resident memory (VmRSS) in kB of the gateway and the worker. */
interface ServiceRss {
  gateway: number;
  worker: number;
}

interface Results {
  sequential: Map<string, Record<Method, LatencyStats>>;
  throughput: ThroughputRow[];
  idleRss: ServiceRss;
  loadRss: ServiceRss;
  /** Other work on the machine: its 1-minute load average when the measurements began. */
  loadAverageAtStart: number;
}

interface Service {
  gateway: ChildProcess;
  worker: ChildProcess;
}

const runTag = Date.now();
let sourceCounter = 0;

async function main(): Promise<void> {
  const startedAt = new Date();
  checkBuilt();
  await checkPortFree();
  const baselines = new DockerBaselines();
  const leftovers = await baselines.removeAll();
  if (leftovers > 0) log(`removed ${leftovers} container(s) left by an interrupted run`);

  log(`mode: ${QUICK ? 'quick' : 'full'} (${SEQUENTIAL_RUNS} sequential runs, ${WINDOW_MS / 1000} s windows); logs in ${LOG_DIR}`);
  const service = startService();
  const cleanUp = once(() => stopEverything(service, baselines));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the service and removing the bench containers`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    await waitUntilReady(BASE_URL, READY_TIMEOUT_MS, LOG_DIR);
    log('service ready');
    const results = await measureAll(baselines, service);
    const durationMin = (Date.now() - startedAt.getTime()) / 60_000;
    const report = renderReport(results, await describeMachine(baselines), startedAt, durationMin, baselines);
    writeReportSection(REPORT_FILE, 'bench', report);
    console.log(`\n${report}`);
    log(`wrote ${REPORT_FILE} (the run took ${durationMin.toFixed(1)} min)`);
  } finally {
    await cleanUp();
  }
}

function checkBuilt(): void {
  for (const app of ['gateway', 'worker']) {
    if (!existsSync(join(WORKSPACE_ROOT, `dist/apps/${app}/main.js`))) {
      throw new Error(`dist/apps/${app}/main.js is missing: build with \`npx nx run-many -t build -p gateway worker\` (npm run bench does)`);
    }
  }
}

async function checkPortFree(): Promise<void> {
  const answered = await fetch(`${BASE_URL}/health/live`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`something already answers on port ${PORT} (a previous bench run?): stop it and re-run`);
}

/**
 * One gateway and one worker with the service's default settings, on the
 * bench's port and Redis database, except the per-client rate limit: the
 * benchmark is one client sending far more than the limit allows a user.
 */
function startService(): Service {
  const gatewayEnv = { REDIS_URL, PORT: String(PORT), HOST: '127.0.0.1', RATE_LIMIT_CLIENT_PER_MINUTE: '0' };
  return {
    worker: startApp('worker', join(LOG_DIR, 'worker.log'), { REDIS_URL, WORKER_ID }),
    gateway: startApp('gateway', join(LOG_DIR, 'gateway.log'), gatewayEnv),
  };
}

async function stopEverything(service: Service, baselines: DockerBaselines): Promise<void> {
  await Promise.all([stopApp(service.gateway), stopApp(service.worker), baselines.removeAll()]);
}

async function measureAll(baselines: DockerBaselines, service: Service): Promise<Results> {
  const loadAverageAtStart = loadavg()[0];
  for (const benchCase of CASES) await serviceRun(benchCase); // toolchains, the cached compile, the first connections
  await sleep(SETTLE_MS);
  const idleRss = readServiceRss(service);
  log(`idle memory: gateway ${mb(idleRss.gateway)}, worker ${mb(idleRss.worker)}`);

  const sequential = new Map<string, Record<Method, LatencyStats>>();
  for (const benchCase of CASES) sequential.set(benchCase.name, await measureSequentialCase(baselines, benchCase));

  const stopSampling = startRssSampling(service);
  const throughput: ThroughputRow[] = [];
  for (const benchCase of THROUGHPUT_CASES) {
    for (const concurrency of CONCURRENCIES) throughput.push(await measureThroughputRow(baselines, benchCase, concurrency));
  }
  const loadRss = stopSampling();
  log(`memory under load (max): gateway ${mb(loadRss.gateway)}, worker ${mb(loadRss.worker)}`);
  return { sequential, throughput, idleRss, loadRss, loadAverageAtStart };
}

/** The four methods, one after the other, each with one warm-up run first. */
async function measureSequentialCase(baselines: DockerBaselines, benchCase: BenchCase): Promise<Record<Method, LatencyStats>> {
  const execContainerId = await baselines.startExecContainer(baselineProgram(benchCase.languageId, benchCase.code));
  const jailedHost = await baselines.startJailedHost(baselineProgram(benchCase.languageId, benchCase.code));
  try {
    const compiled = await compiledForAttach(baselines, benchCase);
    const runners: Record<Method, Runner> = {
      'exec floor': () => baselineSample(() => baselines.execRun(execContainerId, baselineProgram(benchCase.languageId, sourceOf(benchCase)), benchCase.uniqueSource)),
      'attach floor': () => baselineSample(() => baselines.attachRun(baselineProgram(benchCase.languageId, sourceOf(benchCase)), compiled)),
      'jailed host': () => baselineSample(() => baselines.jailedHostRun(jailedHost, baselineProgram(benchCase.languageId, sourceOf(benchCase)), compiled)),
      cold: () => baselineSample(() => baselines.coldRun(baselineProgram(benchCase.languageId, sourceOf(benchCase)))),
      service: () => serviceRun(benchCase),
    };
    const stats = {} as Record<Method, LatencyStats>;
    for (const method of METHODS) {
      await sleep(SETTLE_MS);
      await runSafely(runners[method]);
      stats[method] = await measureSequential(runners[method], SEQUENTIAL_RUNS);
      const { runs, p50Ms, p95Ms, errors } = stats[method];
      log(`${benchCase.name.padEnd(17)} ${method.padEnd(12)} sequential  n=${runs} p50=${ms(p50Ms)} p95=${ms(p95Ms)} errors=${errors}`);
    }
    return stats;
  } finally {
    await Promise.all([baselines.remove(execContainerId), baselines.remove(jailedHost.id)]);
  }
}

/** For a cached compiled program, the compiled files the attach floor sends, as the service's compile cache would. */
async function compiledForAttach(baselines: DockerBaselines, benchCase: BenchCase): Promise<SandboxFile[] | undefined> {
  const program = baselineProgram(benchCase.languageId, benchCase.code);
  if (!program.compile || benchCase.uniqueSource) return undefined;
  return baselines.compileOnce(program);
}

/** Service and cold at one concurrency, one window each. */
async function measureThroughputRow(baselines: DockerBaselines, benchCase: BenchCase, concurrency: number): Promise<ThroughputRow> {
  const runners: Record<'service' | 'cold', Runner> = {
    service: () => serviceRun(benchCase),
    cold: () => baselineSample(() => baselines.coldRun(baselineProgram(benchCase.languageId, sourceOf(benchCase)))),
  };
  const row = { caseName: benchCase.name, concurrency } as ThroughputRow;
  for (const method of ['service', 'cold'] as const) {
    await sleep(SETTLE_MS);
    row[method] = await measureThroughput(runners[method], concurrency, WINDOW_MS);
    const { runs, runsPerS, p95Ms, errors } = row[method];
    log(`${benchCase.name.padEnd(17)} ${method.padEnd(12)} c=${concurrency}  ${runsPerS.toFixed(2)} runs/s (n=${runs}) p95=${ms(p95Ms)} errors=${errors}`);
  }
  return row;
}

async function measureSequential(runner: Runner, count: number): Promise<LatencyStats> {
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) samples.push(await runSafely(runner));
  reportFirstError(samples);
  const okMs = samples.filter((sample) => sample.ok).map((sample) => sample.ms);
  return { runs: count, p50Ms: percentile(okMs, 50), p95Ms: percentile(okMs, 95), errors: count - okMs.length };
}

/**
 * Closed loop: `concurrency` callers each start a run as soon as their last
 * one ended, until the window is over; runs under way then are awaited and
 * counted, over the time until the last one ended.
 */
async function measureThroughput(runner: Runner, concurrency: number, windowMs: number): Promise<ThroughputStats> {
  const samples: Sample[] = [];
  const started = performance.now();
  const caller = async (): Promise<void> => {
    while (performance.now() - started < windowMs) samples.push(await runSafely(runner));
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  const elapsedS = (performance.now() - started) / 1000;
  reportFirstError(samples);
  const okMs = samples.filter((sample) => sample.ok).map((sample) => sample.ms);
  return { runs: okMs.length, runsPerS: okMs.length / elapsedS, p95Ms: percentile(okMs, 95), errors: samples.length - okMs.length };
}

async function runSafely(runner: Runner): Promise<Sample> {
  try {
    return await runner();
  } catch (err) {
    return { ms: NaN, ok: false, error: (err as Error).message };
  }
}

function reportFirstError(samples: Sample[]): void {
  const failed = samples.find((sample) => !sample.ok);
  if (failed) log(`  first error: ${failed.error}`);
}

/** HTTP POST /api/v1/execution/execute, timed from request to parsed answer. */
async function serviceRun(benchCase: BenchCase): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(`${BASE_URL}/api/v1/execution/execute`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: benchCase.languageId, code: sourceOf(benchCase) }),
  });
  const result = (await response.json()) as ExecutionResult;
  const ms = performance.now() - started;
  const ok = response.status === 200 && result.status === ExecutionStatus.Success && result.stdout === EXPECTED_STDOUT;
  return { ms, ok, error: ok ? undefined : `HTTP ${response.status}: ${JSON.stringify(result).slice(0, 300)}` };
}

async function baselineSample(run: () => Promise<BaselineRun>): Promise<Sample> {
  const { ms, exitCode, stdout } = await run();
  const ok = exitCode === 0 && stdout === EXPECTED_STDOUT;
  return { ms, ok, error: ok ? undefined : `exit ${exitCode}, stdout ${JSON.stringify(stdout.slice(0, 100))}` };
}

/** The source of the next run: the case's code, made unique when the compile cache must miss. */
function sourceOf(benchCase: BenchCase): string {
  return benchCase.uniqueSource ? `${benchCase.code}\n// bench ${runTag}-${sourceCounter++}\n` : benchCase.code;
}

function readServiceRss(service: Service): ServiceRss {
  return { gateway: readRssKb(service.gateway), worker: readRssKb(service.worker) };
}

function readRssKb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? NaN);
}

/** Samples the gateway's and the worker's RSS every 500 ms; the returned function stops and gives the maxima. */
function startRssSampling(service: Service): () => ServiceRss {
  const max = readServiceRss(service);
  const timer = setInterval(() => {
    const now = readServiceRss(service);
    max.gateway = Math.max(max.gateway, now.gateway);
    max.worker = Math.max(max.worker, now.worker);
  }, MEMORY_SAMPLE_MS);
  return () => {
    clearInterval(timer);
    return max;
  };
}

async function describeMachine(baselines: DockerBaselines): Promise<string> {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const memoryGb = (totalmem() / 1024 ** 3).toFixed(1);
  return `${availableParallelism()} CPUs (${cpuModel}), ${memoryGb} GB memory, Linux ${release()}, Docker ${await baselines.dockerVersion()}, Node ${process.version}`;
}

function renderReport(results: Results, machine: string, startedAt: Date, durationMin: number, baselines: DockerBaselines): string {
  const loadAverages = `${results.loadAverageAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
  const service = validateEnvironment({});
  const { cpus, pidsLimit, tmpfsMb } = baselines.limits;
  const { runtime } = baselines;
  const memoryMb = [...new Set(CASES.map((benchCase) => baselineProgram(benchCase.languageId, benchCase.code).memoryMb))].join(' / ');
  return [
    '## Latency and throughput',
    '',
    `Written by \`npm run bench\` (tools/bench/bench.ts); do not edit by hand.`,
    '',
    `- Date: ${startedAt.toISOString()} (the run took ${durationMin.toFixed(1)} min)`,
    `- Mode: ${QUICK ? '**quick** (BENCH_QUICK=1), for development only, not for the record' : 'full'}: ${SEQUENTIAL_RUNS} sequential runs per program and method, ${WINDOW_MS / 1000} s throughput windows`,
    `- Machine: ${machine}; load average (1 min) ${loadAverages}. The machine may be shared and noisy: compare the ratios, which were measured side by side in this one run.`,
    '',
    '### Method',
    '',
    `Every container of every method runs the same image (\`ghostide-sandbox-<language>\`) with the service's sandbox options (libs/sandbox sandboxContainerOptions) and default limits: runtime ${runtime}, ${cpus} CPU, ${pidsLimit} processes, ${tmpfsMb} MB workspace, ${memoryMb} MB memory (the languages' default) without swap, no network, read-only root, non-root user. The programs are the same text and the same commands as the worker builds for a request (python3 -u -B main.py, node main.js, g++ -O2 -std=c++20 into ./main).`,
    '',
    '- **exec floor**: `docker exec` of the run command in one already running container, through the Docker API (create exec, start, read to the end, inspect for the exit code). The program is written (and compiled) there once beforehand; for "cpp uncached" each exec writes the new source and compiles it first. The run\'s time limit is not enforced and nothing is cleaned up between runs: a lower bound, not a design.',
    '- **attach floor**: a single-use container (SANDBOX_ISOLATION=container) pre-started outside the timed region, its agent waiting on the attached stdin; timed is only sending the job and reading the answer. "cpp cached" sends the compiled program instead of a compile stage, as the compile cache does. The lower bound of one warm container per run.',
    '- **jailed host**: one long-lived host (SANDBOX_ISOLATION=host options: the project\'s seccomp profile, no masked paths), started once per program outside the timed region; timed is one job on it, each stage in a fresh jail (new user, pid, mount, net, ipc and uts namespaces, fresh tmpfs and proc), until the run stage\'s end; the agent\'s end of job (the host free again) is awaited untimed. The lower bound of the service\'s own design.',
    '- **cold**: one container per run, all timed: create (the program as entry point, its source as an argument of `sh -c`), start, wait, logs, remove, through dockerode — the design of comparable services. It has no compile cache: every cpp run compiles. Besides the entry point, only what `docker logs` needs differs from the service\'s options: a log driver (json-file) and no auto-removal.',
    `- **service**: HTTP \`POST /api/v1/execution/execute\` (sync) through a gateway, Bull on Redis and one worker, started by the benchmark from dist/ with default settings (worker concurrency ${service.worker.concurrency}, SANDBOX_ISOLATION=${service.sandbox.isolation}: up to ${Math.min(service.sandbox.poolSize, service.worker.concurrency)} jailed hosts per language, compile cache ${service.sandbox.compileCacheMb} MB) but no per-client rate limit (RATE_LIMIT_CLIENT_PER_MINUTE=0: the benchmark is one client sending far more than a user may), timed by the client from request to parsed answer.`,
    '',
    `Sequential: ${SEQUENTIAL_RUNS} runs one after another per program and method, after one warm-up run. Throughput: closed loop of 1, 4 and 8 concurrent callers for ${WINDOW_MS / 1000} s each (runs under way at the end are awaited and counted), service and cold only. "cpp uncached" and "cpp bits/stdc++.h uncached" (the same hello including <bits/stdc++.h>, which the image has precompiled) give every run a new source (a comment with a counter) so the compile cache misses; the service compiles them in a sandbox of SANDBOX_COMPILE_MEMORY_MB (512 MB) and runs them in one of 128 MB; "cpp cached" sends the same source every time, after a warm-up. An error is an HTTP status other than 200, a status other than success, a non-zero exit or a stdout other than "hello, world\\n"; percentiles and throughput count successful runs only. Each measurement starts after a ${SETTLE_MS / 1000} s pause.`,
    '',
    '### Sequential latency (ms, p50 / p95)',
    '',
    ...sequentialTable(results),
    '',
    '### Throughput (runs per second, p95 latency, errors)',
    '',
    ...throughputTable(results),
    '',
    '### Ratios and targets',
    '',
    ...ratioLines(results),
    '',
    '### Memory of the service (resident set, VmRSS)',
    '',
    '| process | idle, after warm-up | max under load (sampled every 500 ms during the throughput runs) |',
    '|---|---|---|',
    `| gateway | ${mb(results.idleRss.gateway)} | ${mb(results.loadRss.gateway)} |`,
    `| worker | ${mb(results.idleRss.worker)} | ${mb(results.loadRss.worker)} |`,
    '',
  ].join('\n');
}

function sequentialTable(results: Results): string[] {
  const cell = ({ p50Ms, p95Ms, errors }: LatencyStats): string => `${ms(p50Ms)} / ${ms(p95Ms)}${errors > 0 ? ` (${errors} errors)` : ''}`;
  return [
    `| program | ${METHODS.join(' | ')} |`,
    `|---|${METHODS.map(() => '---:').join('|')}|`,
    ...[...results.sequential].map(([name, stats]) => `| ${name} | ${METHODS.map((method) => cell(stats[method])).join(' | ')} |`),
  ];
}

function throughputTable(results: Results): string[] {
  const cells = ({ runsPerS, p95Ms, errors }: ThroughputStats): string => `${runsPerS.toFixed(2)} | ${ms(p95Ms)} | ${errors}`;
  return [
    '| program | concurrency | service runs/s | service p95 ms | service errors | cold runs/s | cold p95 ms | cold errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.throughput.map((row) => `| ${row.caseName} | ${row.concurrency} | ${cells(row.service)} | ${cells(row.cold)} |`),
  ];
}

/** Every ratio, with the targets (issue 11: python, javascript, cpp cached) marked met or not met. */
function ratioLines(results: Results): string[] {
  const p50 = (caseName: string, method: Method): number => results.sequential.get(caseName)?.[method].p50Ms ?? NaN;
  const atEight = (caseName: string): ThroughputRow | undefined =>
    results.throughput.find((row) => row.caseName === caseName && row.concurrency === 8);
  const target = (met: boolean, text: string): string => `${text}: **${met ? 'met' : 'not met'}**`;
  const lines = ['| ratio | value | target |', '|---|---:|---|'];
  for (const { name } of CASES) {
    const isPython = name === 'python hello';
    const serviceOverExec = p50(name, 'service') / p50(name, 'exec floor');
    const serviceMinusAttach = p50(name, 'service') - p50(name, 'attach floor');
    lines.push(`| ${name}: service / exec floor, p50 | ${serviceOverExec.toFixed(2)} | ${isPython ? target(serviceOverExec <= 1, '<= 1') : ''} |`);
    lines.push(`| ${name}: service - attach floor, p50 (ms) | ${ms(serviceMinusAttach)} | ${isPython ? target(serviceMinusAttach <= 25, '<= 25 ms') : ''} |`);
    lines.push(`| ${name}: service / jailed host, p50 | ${(p50(name, 'service') / p50(name, 'jailed host')).toFixed(2)} | |`);
    lines.push(`| ${name}: cold / service, p50 | ${(p50(name, 'cold') / p50(name, 'service')).toFixed(2)} | |`);
  }
  for (const { name } of THROUGHPUT_CASES) {
    const row = atEight(name);
    const serviceOverCold = row ? row.service.runsPerS / row.cold.runsPerS : NaN;
    const isPython = name === 'python hello';
    const met = serviceOverCold >= (isPython ? 5 : 3) && row?.service.errors === 0;
    lines.push(`| ${name}: service / cold throughput at concurrency 8 | ${serviceOverCold.toFixed(2)} | ${target(met, `>= ${isPython ? 5 : 3} with zero service errors`)} |`);
    if (isPython) {
      const p95 = row?.service.p95Ms ?? NaN;
      lines.push(`| ${name}: service p95 at concurrency 8 (ms) | ${ms(p95)} | ${target(p95 < 1000, '< 1000 ms')} |`);
    }
  }
  const speedUp = p50('cpp uncached', 'service') / p50('cpp cached', 'service');
  lines.push(`| cpp, service: uncached / cached p50 (second run's speed-up) | ${speedUp.toFixed(2)} | ${target(speedUp >= 5, '>= 5')} |`);
  // End to end, so the compile alone took less.
  const stdcxx = p50('cpp bits/stdc++.h uncached', 'service');
  lines.push(`| cpp bits/stdc++.h hello uncached: service p50, compile and run (ms) | ${ms(stdcxx)} | ${target(stdcxx < 2000, '< 2000 ms')} |`);
  return lines;
}

function ms(value: number): string {
  return Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(1) : value.toFixed(0);
}

function mb(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MB`;
}

function sleep(durationMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, durationMs));
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** A function that runs fn on its first call only and returns that call's promise every time. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}

main().catch((err: Error) => {
  console.error(`bench: error: ${err.message}`);
  process.exitCode = 1;
});
