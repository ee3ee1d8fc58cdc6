import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the integration tests find the service they started. */
export const TEST_PORT = Number(process.env['INTEGRATION_PORT'] ?? 18080);
export const TEST_BASE_URL = `http://127.0.0.1:${TEST_PORT}`;
/** A Redis database of its own, so a developer's running service is not disturbed. */
export const TEST_REDIS_URL = process.env['INTEGRATION_REDIS_URL'] ?? 'redis://127.0.0.1:6379/15';

const WORKSPACE_ROOT = join(__dirname, '../../../..');
export const LOG_DIR = join(WORKSPACE_ROOT, 'tmp/integration-logs');

/** Starts a built app (dist/apps/<app>/main.js) with its output in tmp/integration-logs/<name>.log. */
export function startApp(app: 'gateway' | 'worker', name: string, env: Record<string, string>): ChildProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(join(LOG_DIR, `${name}.log`));
  const child = spawn(process.execPath, [join(WORKSPACE_ROOT, `dist/apps/${app}/main.js`)], {
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', REDIS_URL: TEST_REDIS_URL, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** Polls readiness until the gateway reports Redis, a worker and Docker up. */
export async function waitUntilReady(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${TEST_BASE_URL}/health/ready`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the service did not become ready within ${timeoutMs} ms (last: ${last}); see ${LOG_DIR}`);
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
