import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Starting and stopping the built gateway and worker (dist/apps/<app>/main.js)
 * as child processes: shared by the integration tests' global set-up and the
 * benchmark (tools/bench), which each add their own port, Redis database and log folder.
 */
export const WORKSPACE_ROOT = join(__dirname, '..', '..');

/**
 * Starts a built app with only PATH and the given variables in its environment
 * (so a developer's own settings do not leak in), its output in logFile.
 * A worker's health and metrics server takes any free port (WORKER_HTTP_PORT=0,
 * published in its heartbeat) unless env names one: tests and tools run several
 * workers on one machine, beside other people's.
 */
export function startApp(app: 'gateway' | 'worker', logFile: string, env: Record<string, string>): ChildProcess {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const defaults = app === 'worker' ? { WORKER_HTTP_PORT: '0' } : {};
  const child = spawn(process.execPath, [join(WORKSPACE_ROOT, `dist/apps/${app}/main.js`)], {
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...defaults, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** Polls the gateway's readiness until it reports Redis, a worker and Docker up. */
export async function waitUntilReady(baseUrl: string, timeoutMs: number, logDir: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the service did not become ready within ${timeoutMs} ms (last: ${last}); see ${logDir}`);
}

/** Stops a child with SIGTERM, then SIGKILL if it lingers. */
export async function stopApp(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
