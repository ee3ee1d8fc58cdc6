import { ChildProcess } from 'node:child_process';
import { INTEGRATION_WORKER_ID, ISOLATION, startApp, TEST_PORT, waitUntilReady } from './service-processes';

/** The service under test: one gateway and one worker, built beforehand by the `integration` target. */
export default async function globalSetup(): Promise<void> {
  // Its health and metrics server takes any free port (tools/service-processes.ts), found through its heartbeat.
  // startApp passes only the variables it is given, so the isolation mode is handed on by name.
  const worker = startApp('worker', 'worker-1', { WORKER_ID: INTEGRATION_WORKER_ID, WORKER_CONCURRENCY: '2', SANDBOX_ISOLATION: ISOLATION });
  // Rate limits off: every test calls from 127.0.0.1, far beyond a client's 120 runs a minute.
  // The limits themselves are covered by the gateway's unit tests.
  const gateway = startApp('gateway', 'gateway', {
    PORT: String(TEST_PORT),
    HOST: '127.0.0.1',
    RATE_LIMIT_CLIENT_PER_MINUTE: '0',
    RATE_LIMIT_SESSION_PER_MINUTE: '0',
  });
  (globalThis as { __SERVICE__?: ChildProcess[] }).__SERVICE__ = [gateway, worker];
  await waitUntilReady(90_000);
}
