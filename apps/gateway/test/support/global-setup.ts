import { ChildProcess } from 'node:child_process';
import { startApp, TEST_PORT, waitUntilReady } from './service-processes';

/** The service under test: one gateway and one worker, built beforehand by the `integration` target. */
export default async function globalSetup(): Promise<void> {
  const worker = startApp('worker', 'worker-1', { WORKER_ID: 'integration-worker-1', WORKER_CONCURRENCY: '2' });
  const gateway = startApp('gateway', 'gateway', { PORT: String(TEST_PORT), HOST: '127.0.0.1' });
  (globalThis as { __SERVICE__?: ChildProcess[] }).__SERVICE__ = [gateway, worker];
  await waitUntilReady(90_000);
}
