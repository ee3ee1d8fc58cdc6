import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import * as shared from '@ghostide/service-processes';

/** Where the integration tests find the service they started. */
export const TEST_PORT = Number(process.env['INTEGRATION_PORT'] ?? 18080);
export const TEST_BASE_URL = `http://127.0.0.1:${TEST_PORT}`;
/** A Redis database of its own, so a developer's running service is not disturbed. */
export const TEST_REDIS_URL = process.env['INTEGRATION_REDIS_URL'] ?? 'redis://127.0.0.1:6379/15';

export const LOG_DIR = join(shared.WORKSPACE_ROOT, 'tmp/integration-logs');

/**
 * The one worker of the integration tests; its log is LOG_DIR/worker-1.log. A worker removes the
 * sandboxes labelled with its own id when it starts: two suites on one machine need two ids.
 */
export const INTEGRATION_WORKER_ID = process.env['INTEGRATION_WORKER_ID'] ?? 'integration-worker-1';

/**
 * How the worker under test isolates runs (SANDBOX_ISOLATION, handed on to it): "container" is one
 * container per run; "host", the default, runs many runs in one long-lived sandbox host, each in
 * jails of its own.
 */
export const ISOLATION = process.env['SANDBOX_ISOLATION'] === 'container' ? 'container' : 'host';

/** Starts a built app against the test Redis, with its output in tmp/integration-logs/<name>.log. */
export function startApp(app: 'gateway' | 'worker', name: string, env: Record<string, string>): ChildProcess {
  return shared.startApp(app, join(LOG_DIR, `${name}.log`), { REDIS_URL: TEST_REDIS_URL, ...env });
}

/** Polls the test gateway's readiness. */
export function waitUntilReady(timeoutMs: number): Promise<void> {
  return shared.waitUntilReady(TEST_BASE_URL, timeoutMs, LOG_DIR);
}

/** Stops a child with SIGTERM, then SIGKILL if it lingers. */
export const stopApp = shared.stopApp;
