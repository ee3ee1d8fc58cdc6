import 'reflect-metadata';
import { MAX_SOURCE_BYTES } from '@ghostide/contracts';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { startApp, stopApp, WORKSPACE_ROOT } from '@ghostide/service-processes';
import { validateSubmission } from '@ghostide/validation';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeReportSection } from '../report-section';
import { percentile } from './percentile';

/**
 * `npm run bench:validation`: how long validation takes on the sources that
 * made the old backtracking patterns take seconds (issue 12) and on random
 * sources of the maximum size, in-process (libs/validation) and through
 * `POST /api/v1/execution/validate` on a gateway of its own; and how fast
 * `/health/live` answers while 4 such requests are in flight. Writes the
 * "validation" section of BENCHMARKS.md. Needs a built gateway (dist/) and a
 * Redis at VALIDATION_BENCH_REDIS_URL; no worker (validate runs nothing).
 */
const PORT = Number(process.env['VALIDATION_BENCH_PORT'] ?? 8300);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const REDIS_URL = process.env['VALIDATION_BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379/13';
const LOG_DIR = join(WORKSPACE_ROOT, 'tmp/bench-logs');
const REPORT_FILE = join(WORKSPACE_ROOT, 'BENCHMARKS.md');
const RUNS_PER_SOURCE = 20;
const IN_FLIGHT = 4;
const LIVENESS_ROUNDS = 10;

/** Fills the source budget (bytes) with `unit` after `prefix`. */
const fill = (prefix: string, unit: string) => prefix + unit.repeat(Math.floor((MAX_SOURCE_BYTES - 1024 - prefix.length) / unit.length));

/** Random text of the maximum size from the characters comments, literals and declarations are made of (seeded: the same every run). */
function randomSource(seed: number): string {
  const units = ['/', '*', '"', "'", '\\', '\n', ' ', '{', '}', '(', 'main', 'static ', 'class ', 'import ', 'package ', ';', 'x'];
  let state = seed;
  let source = '';
  while (source.length < MAX_SOURCE_BYTES - 16) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    source += units[state % units.length];
  }
  return source.slice(0, MAX_SOURCE_BYTES);
}

interface Case {
  name: string;
  language: string;
  code: string;
}

const CASES: Case[] = [
  { name: 'Java `class A{static void main(` + newlines', language: 'java', code: fill('class A{static void main(', '\n') },
  { name: 'C++ repeated `/*x`', language: 'cpp', code: fill('', '/*x') },
  { name: 'C++ repeated `"x`', language: 'cpp', code: fill('', '"x') },
  { name: 'Java repeated `static `', language: 'java', code: fill('', 'static ') },
  { name: 'Java repeated `package ` + newline', language: 'java', code: fill('', 'package \n') },
  { name: 'Python `import os` + ` as os` repeated', language: 'python', code: fill('import os', ' as os') },
  { name: 'Python one import per line', language: 'python', code: fill('', 'import os\n') },
  { name: 'Java random, 50 KB', language: 'java', code: randomSource(1) },
  { name: 'C++ random, 50 KB', language: 'cpp', code: randomSource(2) },
  { name: 'Python random, 50 KB', language: 'python', code: randomSource(3) },
];

const registry = new LanguageRegistry();

function inProcessMs(language: LanguageDefinition, code: string): number[] {
  const files = [{ name: language.defaultFileName, content: code }];
  return Array.from({ length: RUNS_PER_SOURCE }, () => {
    const start = performance.now();
    validateSubmission(language, files, 'warn');
    return performance.now() - start;
  });
}

async function timed<T>(request: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await request();
  return [performance.now() - start, value];
}

async function validateOverHttp(testCase: Case): Promise<number> {
  const [ms, response] = await timed(() =>
    fetch(`${BASE_URL}/api/v1/execution/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: testCase.language, code: testCase.code }),
    }),
  );
  if (response.status !== 200) throw new Error(`validate answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
  return ms;
}

async function waitUntilLive(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(`${BASE_URL}/health/live`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the gateway did not answer /health/live within ${timeoutMs} ms; see ${LOG_DIR}/validation-gateway.log`);
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

async function main(): Promise<void> {
  const rows: string[] = [];
  // Rate limits off: this measures validation, not the limiter.
  const gateway = startApp('gateway', join(LOG_DIR, 'validation-gateway.log'), {
    PORT: String(PORT),
    HOST: '127.0.0.1',
    REDIS_URL,
    RATE_LIMIT_CLIENT_PER_MINUTE: '0',
    RATE_LIMIT_SESSION_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
  });
  try {
    await waitUntilLive(30_000);
    for (const testCase of CASES) {
      const language = registry.find(testCase.language);
      if (!language) throw new Error(`no language ${testCase.language}`);
      const local = inProcessMs(language, testCase.code);
      // One request first, not counted: the gateway's first sight of a source's shape pays for V8's compilation.
      await validateOverHttp(testCase);
      const http: number[] = [];
      for (let run = 0; run < RUNS_PER_SOURCE; run++) http.push(await validateOverHttp(testCase));
      rows.push(
        `| ${testCase.name} | ${Buffer.byteLength(testCase.code)} | ${fmt(percentile(local, 50))} | ${fmt(Math.max(...local))} | ` +
          `${fmt(percentile(http, 50))} | ${fmt(Math.max(...http))} |`,
      );
      console.log(rows.at(-1));
    }

    // /health/live while IN_FLIGHT adversarial validations are on their way.
    const worst = CASES[0];
    const liveness: number[] = [];
    for (let round = 0; round < LIVENESS_ROUNDS; round++) {
      const inFlight = Array.from({ length: IN_FLIGHT }, () => validateOverHttp(worst));
      // Let their bodies reach the gateway first, so the probe queues behind them.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const [ms, response] = await timed(() => fetch(`${BASE_URL}/health/live`));
      if (!response.ok) throw new Error(`/health/live answered ${response.status}`);
      liveness.push(ms);
      await Promise.all(inFlight);
    }
    console.log(`/health/live with ${IN_FLIGHT} in flight: p50 ${fmt(percentile(liveness, 50))} ms, max ${fmt(Math.max(...liveness))} ms`);

    writeReportSection(
      REPORT_FILE,
      'validation',
      [
        '## Validation',
        '',
        `\`npm run bench:validation\` (${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(2)}): ` +
          `each source ${RUNS_PER_SOURCE} times through \`validateSubmission\` in-process and through \`POST /api/v1/execution/validate\` ` +
          `on a gateway of its own (rate limits off; one request per source first, not counted), in ms. The first two rows are issue 12's: 1.6 s and 0.5 s before the scan became one pass.`,
        '',
        '| source | bytes | in-process p50 | in-process max | HTTP p50 | HTTP max |',
        '|---|---|---|---|---|---|',
        ...rows,
        '',
        `\`GET /health/live\` while ${IN_FLIGHT} requests of the first source are in flight, ${LIVENESS_ROUNDS} rounds: ` +
          `p50 ${fmt(percentile(liveness, 50))} ms, max ${fmt(Math.max(...liveness))} ms.`,
      ].join('\n'),
    );
    console.log(`wrote the validation section of ${REPORT_FILE}`);
  } finally {
    await stopApp(gateway);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
