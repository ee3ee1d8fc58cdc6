import { ConfigService } from '@nestjs/config';
import { Test, TestingModule } from '@nestjs/testing';
import { AppConfig, validateEnvironment } from '@ghostide/config';
import { cancelledResult, ExecutionJobData, ExecutionResult, ExecutionStatus, internalErrorResult } from '@ghostide/contracts';
import { loggerParams } from '@ghostide/observability';
import { ExecutionEvents, ExecutionJob, ExecutionQueue } from '@ghostide/queue';
import { Logger, LoggerModule } from 'nestjs-pino';
import { ExecutionMetrics } from '../metrics/execution-metrics';
import { ExecutionRunnerService, RunControls } from './execution-runner.service';
import { ExecutionProcessor } from './execution.processor';

/** What a user submits and what the program prints; none of it may appear in a log line. */
const SOURCE = 'print("SECRET-SOURCE-51ad")';
const STDIN = 'SECRET-STDIN-0be2';
const ARG = 'SECRET-ARG-77c9';
const STDOUT = 'SECRET-STDOUT-a1f0';

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

const INFO = 30;
const ERROR = 50;

function jobData(executionId: string): ExecutionJobData {
  return {
    executionId,
    languageId: 'cpp',
    files: [{ name: 'main.cpp', content: SOURCE }],
    stdin: STDIN,
    args: [ARG],
    timeoutSeconds: 10,
    memoryLimitMb: 128,
    acceptedAt: new Date().toISOString(),
  };
}

function successResult(executionId: string): ExecutionResult {
  return {
    execution_id: executionId,
    language: 'cpp',
    version: 'g++ 12.2.0',
    status: ExecutionStatus.Success,
    exit_code: 0,
    signal: null,
    stdout: STDOUT,
    stderr: STDOUT,
    output_truncated: false,
    compile_output: STDOUT,
    execution_time_ms: 12,
    cpu_time_ms: 12,
    memory_usage_kb: 4000,
    compile_time_ms: 640,
    compile_cached: false,
  };
}

describe('ExecutionProcessor', () => {
  let moduleRef: TestingModule;
  let lines: LogLine[];
  let handler: (job: ExecutionJob) => Promise<ExecutionResult>;
  let concurrency: number;
  let answer: (data: ExecutionJobData, controls: RunControls) => ExecutionResult | Promise<ExecutionResult>;
  const recorded: unknown[] = [];
  /** Cancel watchers by execution id, as ExecutionQueue.watchCancel keeps them. */
  const watchers = new Map<string, () => void>();
  /** Events published, as "id name data". */
  const published: string[] = [];

  beforeAll(async () => {
    lines = [];
    const config = validateEnvironment({ WORKER_ID: 'worker-spec', WORKER_CONCURRENCY: '3' });
    // ExecutionQueue.process: the handler is kept to be called by the test; watchCancel: the watchers too.
    const executionQueue: Pick<ExecutionQueue, 'process' | 'watchCancel'> = {
      process: (registeredConcurrency, registered) => {
        concurrency = registeredConcurrency;
        handler = registered;
      },
      watchCancel: async (executionId, onCancel) => {
        watchers.set(executionId, onCancel);
        return () => watchers.delete(executionId);
      },
    };
    moduleRef = await Test.createTestingModule({
      imports: [
        LoggerModule.forRoot(
          loggerParams({ app: 'worker', log: config.log, fields: { workerId: 'worker-spec' }, stream: { write: (line: string) => lines.push(JSON.parse(line)) } }),
        ),
      ],
      providers: [
        ExecutionProcessor,
        { provide: ExecutionQueue, useValue: executionQueue },
        {
          provide: ExecutionEvents,
          useValue: { publish: (id: string, name: string, data?: unknown) => published.push(`${id} ${name} ${JSON.stringify(data ?? {})}`) },
        },
        { provide: ExecutionRunnerService, useValue: { execute: async (data: ExecutionJobData, controls: RunControls) => answer(data, controls) } },
        { provide: ExecutionMetrics, useValue: { record: (summary: unknown) => recorded.push(summary) } },
        { provide: ConfigService, useValue: new ConfigService<AppConfig, true>(config) },
      ],
    }).compile();
    moduleRef.useLogger(moduleRef.get(Logger));
    await moduleRef.init();
  });

  afterAll(async () => {
    await moduleRef.close();
  });

  /** A job queued queueWaitMs ago. */
  function job(executionId: string, queueWaitMs: number): ExecutionJob {
    return { data: jobData(executionId), queuedAtMs: Date.now() - queueWaitMs, reportProgress: () => undefined };
  }

  it('processes jobs through ExecutionQueue with WORKER_CONCURRENCY', () => {
    expect(concurrency).toBe(3);
  });

  function lineOf(executionId: string): LogLine {
    const found = lines.filter((line) => line['executionId'] === executionId);
    if (found.length !== 1) throw new Error(`expected one line for ${executionId}, found ${found.length}`);
    return found[0];
  }

  it('logs one line per job with its id, language, status and the durations of queue wait, compile, run and total', async () => {
    answer = (data) => successResult(data.executionId);

    const result = await handler(job('exec-ok', 250));

    expect(result.status).toBe(ExecutionStatus.Success);
    const line = lineOf('exec-ok');
    expect(line).toMatchObject({
      level: INFO,
      app: 'worker',
      workerId: 'worker-spec',
      context: 'ExecutionProcessor',
      msg: 'execution exec-ok cpp success',
      language: 'cpp',
      status: 'success',
      compileMs: 640,
      compileCached: false,
      runMs: 12,
    });
    expect(line['queueWaitMs']).toBeGreaterThanOrEqual(250);
    expect(line['totalMs']).toBeGreaterThanOrEqual(line['queueWaitMs'] as number);
  });

  it('records each job it logs in the metrics', () => {
    expect(recorded).toContainEqual(expect.objectContaining({ executionId: 'exec-ok', status: 'success', runMs: 12 }));
  });

  it('logs an internal error at error level with the reason, and no run time', async () => {
    answer = (data) => internalErrorResult(data.executionId, 'cpp', 'g++ 12.2.0', 'the sandbox failed: connect ENOENT /var/run/docker.sock');

    await handler(job('exec-broken', 0));

    expect(lineOf('exec-broken')).toMatchObject({
      level: ERROR,
      status: 'internal_error',
      runMs: null,
      error: 'the sandbox failed: connect ENOENT /var/run/docker.sock',
    });
  });

  it("aborts the run's signal when its task is cancelled, and stops watching once the job ends", async () => {
    let aborted = false;
    answer = (data, { signal }) =>
      new Promise((resolve) => {
        signal?.addEventListener('abort', () => {
          aborted = true;
          resolve(cancelledResult(data.executionId, 'cpp', 'g++ 12.2.0', 'cancelled while it ran'));
        });
      });

    const running = handler(job('exec-cancelled', 0));
    await new Promise(setImmediate);
    watchers.get('exec-cancelled')?.();

    expect((await running).status).toBe(ExecutionStatus.Cancelled);
    expect(aborted).toBe(true);
    expect(watchers.has('exec-cancelled')).toBe(false);
    expect(lineOf('exec-cancelled')).toMatchObject({ level: INFO, status: 'cancelled' });
  });

  it('publishes the run as it goes: status running, what the sandbox observes, then end', async () => {
    answer = (data, { observer }) => {
      observer?.onStage?.('run');
      observer?.onOutput?.('run', 'stdout', Buffer.from('hello\n'));
      return successResult(data.executionId);
    };

    await handler(job('exec-live', 0));

    expect(published.filter((line) => line.startsWith('exec-live '))).toEqual([
      'exec-live status {"status":"running"}',
      'exec-live stage {"stage":"run"}',
      'exec-live stdout {"data":"hello\\n"}',
      'exec-live end {}',
    ]);
  });

  it('never logs the source, stdin, args or output of a job', () => {
    expect(lines.some((line) => line['executionId'] === 'exec-ok')).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/SECRET/);
  });
});
