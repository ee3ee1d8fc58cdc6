import type { ExecutionRequest, ExecutionResult, TaskStatus, WorkerHeartbeat } from '@ghostide/contracts';
import { WORKER_HEARTBEATS_KEY } from '@ghostide/contracts';
import Redis from 'ioredis';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, stopApp, WORKSPACE_ROOT } from '@ghostide/service-processes';

/**
 * The fault tests' toolbox. Each test file starts its own gateway, workers and
 * (when it stops Redis) its own redis-server through a FaultEnvironment, kills
 * and restarts them, and looks inside: worker heartbeats in Redis, sandbox
 * containers in Docker, worker logs. Every wait is bounded: `eventually`
 * polls with a deadline and fails naming what it last saw.
 */

/** Logs of every process the fault tests start: <name>.log. */
export const FAULT_LOG_DIR = join(WORKSPACE_ROOT, 'tmp/integration-logs/faults');

/** A response's status, headers and parsed JSON body. */
export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** The gateway's readiness body (@nestjs/terminus), as far as the tests read it. */
export interface ReadinessBody {
  status: 'ok' | 'error';
  error?: Record<string, { status: string; message?: string }>;
}

/** How a child process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls probe until it returns a value (not undefined), at most timeoutMs.
 * A probe says why it is not done yet by throwing; the last reason is in the
 * error when time runs out.
 */
export async function eventually<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() >= deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${last})`);
    await sleep(intervalMs);
  }
}

/** Runs a command, bounded; resolves with its exit code and output (never rejects on a non-zero exit). */
export function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: timeoutMs, cwd: WORKSPACE_ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) || (err?.message ?? '') });
    });
  });
}

/** Resolves when the child has exited; rejects when it is still running after timeoutMs. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<ProcessExit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`process ${child.pid} still running after ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * The processes of one test file: a gateway on its own port, workers with
 * their own WORKER_IDs, on the file's own Redis (database). stopAll() in
 * afterAll ends every one still running, whatever the test did.
 */
export class FaultEnvironment {
  readonly baseUrl: string;
  private readonly processes = new Set<ChildProcess>();

  constructor(
    readonly gatewayPort: number,
    readonly redisUrl: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${gatewayPort}`;
  }

  /** Checks the port is free (a leftover gateway would answer for ours), then starts the gateway. */
  async startGateway(): Promise<ChildProcess> {
    const answered = await fetch(`${this.baseUrl}/health/live`, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    if (answered) throw new Error(`something already answers on port ${this.gatewayPort} (a gateway of an earlier run?): stop it and re-run`);
    return this.track(
      startApp('gateway', join(FAULT_LOG_DIR, `gateway-${this.gatewayPort}.log`), {
        REDIS_URL: this.redisUrl,
        HOST: '127.0.0.1',
        PORT: String(this.gatewayPort),
        // Rate limits off: these tests are about faults, and all call from 127.0.0.1.
        RATE_LIMIT_CLIENT_PER_MINUTE: '0',
        RATE_LIMIT_SESSION_PER_MINUTE: '0',
      }),
    );
  }

  /** Starts a worker; its log is FAULT_LOG_DIR/<workerId>.log (executionsLoggedBy reads it). */
  startWorker(workerId: string, env: Record<string, string> = {}): ChildProcess {
    return this.track(startApp('worker', workerLogFile(workerId), { REDIS_URL: this.redisUrl, WORKER_ID: workerId, ...env }));
  }

  /**
   * Starts a throw-away redis-server on 127.0.0.1:port (no persistence), for
   * tests that stop Redis: the machine's shared Redis on 6379 is never touched.
   */
  async startRedisServer(port: number): Promise<ChildProcess> {
    if ((await redisPing(port)) === 'PONG') {
      throw new Error(`a Redis already answers on port ${port} (a redis-server of an earlier run?): stop it and re-run`);
    }
    mkdirSync(FAULT_LOG_DIR, { recursive: true });
    const log = createWriteStream(join(FAULT_LOG_DIR, `redis-${port}.log`), { flags: 'a' });
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.track(child);
    await eventually(`redis-server on port ${port} answers`, 10_000, async () => {
      if (!isRunning(child)) throw new Error(`redis-server exited (${child.exitCode ?? child.signalCode}); is port ${port} taken? see ${FAULT_LOG_DIR}`);
      const answer = await redisPing(port);
      if (answer !== 'PONG') throw new Error(`redis-cli ping answered "${answer}"`);
      return true;
    });
    return child;
  }

  /** Ends every process still running: SIGTERM, then SIGKILL after graceMs. */
  async stopAll(graceMs = 10_000): Promise<void> {
    const redisServers = [...this.processes].filter((child) => child.spawnfile === 'redis-server');
    const apps = [...this.processes].filter((child) => child.spawnfile !== 'redis-server');
    await Promise.all(apps.map((child) => stopApp(child, graceMs)));
    await Promise.all(redisServers.map((child) => stopApp(child, graceMs)));
  }

  // ---------------------------------------------------------------- API ---

  /** Calls the gateway; every call is bounded by timeoutMs. */
  async call<T = unknown>(method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: kept as text, so a failing assertion shows it.
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  /** Runs code synchronously and expects a 200. */
  async execute(request: ExecutionRequest): Promise<ExecutionResult> {
    const response = await this.call<ExecutionResult>('POST', '/api/v1/execution/execute', request);
    if (response.status !== 200) throw new Error(`execute answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** Queues a run and returns its task id; expects a 202. */
  async submit(request: ExecutionRequest): Promise<string> {
    const response = await this.call<{ task_id: string }>('POST', '/api/v1/execution/execute/async', request);
    if (response.status !== 202) throw new Error(`execute/async answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body.task_id;
  }

  async task(taskId: string): Promise<TaskStatus> {
    const response = await this.call<TaskStatus>('GET', `/api/v1/execution/task/${taskId}`, undefined, 10_000);
    if (response.status !== 200) throw new Error(`GET task answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** Polls a task until it has one of the wanted statuses. */
  waitForTask(taskId: string, statuses: TaskStatus['status'][], timeoutMs: number): Promise<TaskStatus> {
    return eventually(`task ${taskId} ${statuses.join(' or ')}`, timeoutMs, async () => {
      const task = await this.task(taskId);
      if (statuses.includes(task.status)) return task;
      throw new Error(`status ${task.status}`);
    });
  }

  /** Polls readiness until it answers 200 (Redis, a live worker and Docker up). */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    await eventually(`gateway on port ${this.gatewayPort} ready`, timeoutMs, async () => {
      const response = await this.readiness();
      if (response.status === 200) return true;
      throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    });
  }

  readiness(): Promise<ApiResponse<ReadinessBody>> {
    return this.call<ReadinessBody>('GET', '/health/ready', undefined, 10_000);
  }

  private track(child: ChildProcess): ChildProcess {
    this.processes.add(child);
    return child;
  }
}

// ---------------------------------------------------------- Redis, Docker, logs ---

async function redisPing(port: number): Promise<string> {
  const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], 2_000);
  return stdout.trim();
}

/** Empties a Redis database (the file's private one), so no job or heartbeat of an earlier run is left. */
export async function flushRedisDatabase(redisUrl: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}

/** A worker's current heartbeat, or undefined when it has none (or it expired). */
export async function heartbeatOf(redisUrl: string, workerId: string): Promise<WorkerHeartbeat | undefined> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  try {
    await redis.connect();
    const value = await redis.hget(WORKER_HEARTBEATS_KEY, workerId);
    const heartbeat = value ? (JSON.parse(value) as WorkerHeartbeat) : undefined;
    return heartbeat && heartbeat.expiresAt > Date.now() ? heartbeat : undefined;
  } finally {
    redis.disconnect();
  }
}

/** Waits until the worker publishes a live heartbeat that reaches Docker: it has started. */
export function waitForWorker(redisUrl: string, workerId: string, timeoutMs: number): Promise<WorkerHeartbeat> {
  return eventually(`worker ${workerId} beating with Docker reachable`, timeoutMs, async () => {
    const heartbeat = await heartbeatOf(redisUrl, workerId);
    if (!heartbeat) throw new Error('no live heartbeat');
    if (!heartbeat.dockerReachable) throw new Error('heartbeat says Docker is not reachable');
    return heartbeat;
  });
}

/**
 * Ids of the sandbox containers of a worker (label ghostide.worker=<id>):
 * running ones, or all (stopped too) with includeStopped; with poolOnly only
 * those started for its warm pool (label ghostide.pool), not cold starts.
 */
export async function sandboxContainers(workerId: string, options: { includeStopped?: boolean; poolOnly?: boolean } = {}): Promise<string[]> {
  const args = ['ps', '-q', '--no-trunc', '--filter', 'label=ghostide.sandbox=true', '--filter', `label=ghostide.worker=${workerId}`];
  if (options.includeStopped) args.push('--all');
  if (options.poolOnly) args.push('--filter', 'label=ghostide.pool');
  const { code, stdout, stderr } = await run('docker', args, 15_000);
  if (code !== 0) throw new Error(`docker ps failed: ${stderr.trim()}`);
  return stdout.split('\n').filter((line) => line.trim() !== '');
}

/** Removes every container of these workers, if any is left (clean-up only; tests assert before). */
export async function removeSandboxContainers(workerIds: string[]): Promise<void> {
  for (const workerId of workerIds) {
    const ids = await sandboxContainers(workerId, { includeStopped: true }).catch(() => []);
    if (ids.length > 0) await run('docker', ['rm', '--force', ...ids], 30_000);
  }
}

function workerLogFile(workerId: string): string {
  return join(FAULT_LOG_DIR, `${workerId}.log`);
}

/** Execution ids a worker reported finishing, read from its log ("execution <id> <language> <status> ..."). */
export function executionsLoggedBy(workerId: string): Set<string> {
  const file = workerLogFile(workerId);
  if (!existsSync(file)) return new Set();
  const ids = [...readFileSync(file, 'utf8').matchAll(/\bexecution ([0-9a-f-]{36}) [a-z]/g)].map((match) => match[1]);
  return new Set(ids);
}
