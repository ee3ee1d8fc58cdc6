import 'reflect-metadata';
import { SandboxRuntime } from '@ghostide/config';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BaselineRun, DockerBaselines } from '@ghostide/sandbox/bench';
import type { SandboxFile } from '@ghostide/sandbox';
import { writeReportSection } from '../report-section';
import { WORKSPACE_ROOT } from '@ghostide/service-processes';
import { baselineProgram } from './baseline-program';
import { percentile } from './percentile';

/**
 * `npm run bench:runtimes`: the same programs in the same sandbox under runc
 * and under gVisor (runsc), measured side by side (the runtimes alternate run
 * by run), so the per-language default runtime rests on figures of this
 * machine. Two numbers per run: the container start (create, start, attach:
 * what the warm pool takes off a request's path) and the exchange with the
 * started agent (write the program, compile and run it, read the answer: what
 * every request pays). Writes its section of BENCHMARKS.md.
 * BENCH_QUICK=1: 3 runs per case and runtime instead of 10.
 */
const RUNS = process.env['BENCH_QUICK'] === '1' ? 3 : 10;
const RUNTIMES: SandboxRuntime[] = ['runc', 'runsc'];
const REPORT_FILE = join(WORKSPACE_ROOT, 'BENCHMARKS.md');

const HELLO = 'hello, world\n';
const CPP_HELLO = '#include <iostream>\nint main() { std::cout << "hello, world" << std::endl; }';
const JAVA_HELLO = 'public class Main { public static void main(String[] a) { System.out.println("hello, world"); } }';
/** A syscall-heavy program: gVisor's cost is per system call, and a ptrace platform's most of all. */
const PYTHON_STATS = 'import os\nfor _ in range(20000): os.stat("/workspace")\nprint("hello, world")';

/** One program of the comparison; cached: run with the compiled files of one earlier compile, as a compile cache hit. */
interface RuntimeCase {
  name: string;
  languageId: string;
  code: string;
  cached?: boolean;
}

const CASES: RuntimeCase[] = [
  { name: 'python hello', languageId: 'python', code: 'print("hello, world")' },
  { name: 'python 20,000 stat calls', languageId: 'python', code: PYTHON_STATS },
  { name: 'javascript hello', languageId: 'javascript', code: 'console.log("hello, world");' },
  { name: 'cpp compile + run', languageId: 'cpp', code: CPP_HELLO },
  { name: 'cpp cached (run only)', languageId: 'cpp', code: CPP_HELLO, cached: true },
  { name: 'java compile + run', languageId: 'java', code: JAVA_HELLO },
];

interface RuntimeStats {
  startP50Ms: number;
  exchangeP50Ms: number;
  exchangeP95Ms: number;
  errors: number;
}

type CaseResult = { name: string } & Record<SandboxRuntime, RuntimeStats>;

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageAtStart = loadavg()[0];
  const baselines = { runc: new DockerBaselines('runc'), runsc: new DockerBaselines('runsc') };
  await baselines.runc.removeAll();
  const results: CaseResult[] = [];
  try {
    for (const runtimeCase of CASES) results.push(await measureCase(runtimeCase, baselines));
  } finally {
    await baselines.runc.removeAll();
  }
  const durationMin = (Date.now() - startedAt.getTime()) / 60_000;
  const report = renderReport(results, startedAt, durationMin, loadAverageAtStart, await baselines.runc.dockerVersion());
  writeReportSection(REPORT_FILE, 'runtimes', report);
  console.log(`\n${report}`);
}

/** One warm-up run per runtime, then RUNS runs per runtime, alternating. */
async function measureCase(runtimeCase: RuntimeCase, baselines: Record<SandboxRuntime, DockerBaselines>): Promise<CaseResult> {
  const program = baselineProgram(runtimeCase.languageId, runtimeCase.code);
  const compiled: Partial<Record<SandboxRuntime, SandboxFile[]>> = {};
  const runs: Record<SandboxRuntime, BaselineRun[]> = { runc: [], runsc: [] };
  for (let round = -1; round < RUNS; round++) {
    for (const runtime of RUNTIMES) {
      if (runtimeCase.cached && !compiled[runtime]) compiled[runtime] = await baselines[runtime].compileOnce(program);
      const run = await baselines[runtime].attachRun(program, compiled[runtime]);
      if (round >= 0) runs[runtime].push(run);
    }
  }
  const result = { name: runtimeCase.name, runc: statsOf(runs.runc), runsc: statsOf(runs.runsc) };
  log(`${runtimeCase.name}: exchange p50 runc ${ms(result.runc.exchangeP50Ms)}, runsc ${ms(result.runsc.exchangeP50Ms)}`);
  return result;
}

function statsOf(runs: BaselineRun[]): RuntimeStats {
  const exchanges = runs.map((run) => run.ms);
  return {
    startP50Ms: percentile(runs.map((run) => run.startMs ?? 0), 50),
    exchangeP50Ms: percentile(exchanges, 50),
    exchangeP95Ms: percentile(exchanges, 95),
    errors: runs.filter((run) => run.exitCode !== 0 || run.stdout !== HELLO).length,
  };
}

function renderReport(results: CaseResult[], startedAt: Date, durationMin: number, loadAverageAtStart: number, dockerVersion: string): string {
  const limits = new DockerBaselines().limits;
  const rows = results.map(({ name, runc, runsc }) =>
    `| ${name} | ${ms(runc.startP50Ms)} | ${ms(runsc.startP50Ms)} | ${ms(runc.exchangeP50Ms)} (${ms(runc.exchangeP95Ms)}) | ${ms(runsc.exchangeP50Ms)} (${ms(runsc.exchangeP95Ms)}) | ${ratio(runsc.exchangeP50Ms, runc.exchangeP50Ms)} | +${ms(runsc.exchangeP50Ms - runc.exchangeP50Ms)} | ${runc.errors + runsc.errors} |`,
  );
  return [
    '## Runtimes: runc and gVisor (runsc)',
    '',
    'Written by `npm run bench:runtimes` (tools/bench/runtimes.ts); do not edit by hand.',
    '',
    `- Date: ${startedAt.toISOString()} (the run took ${durationMin.toFixed(1)} min); Docker ${dockerVersion}; 1-minute load average ${loadAverageAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`,
    `- Method: each program runs ${RUNS} times per runtime after one warm-up, the runtimes alternating run by run, in a container with the service's sandbox options (${limits.cpus} CPU, ${limits.pidsLimit} processes, the language's default memory, no network, read-only root). runsc is Debian's gVisor with the ptrace platform (this VM has no KVM). *start*: create, start and attach until the agent waits (the warm pool does this ahead of a request). *exchange*: write the program to the waiting agent, compile and run it, read the answer (every request pays this). p50, and p95 in brackets. "cached" sends the compiled files of one earlier compile instead of compiling, as a compile cache hit does.`,
    '',
    '| program | start runc | start runsc | exchange runc | exchange runsc | runsc / runc | runsc extra | errors |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function ratio(value: number, base: number): string {
  return `${(value / base).toFixed(1)}×`;
}

function log(message: string): void {
  console.log(`[bench:runtimes ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
