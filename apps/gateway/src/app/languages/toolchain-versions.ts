import type { ExecutionQueue } from '@ghostide/queue';

/**
 * Toolchain versions by language id, as the live workers read them from their
 * images; empty while Redis or every worker is down (the languages are listed
 * all the same, their versions unknown).
 */
export async function toolchainVersions(executionQueue: Pick<ExecutionQueue, 'liveWorkers'>): Promise<Record<string, string>> {
  const workers = await executionQueue.liveWorkers().catch(() => []);
  return Object.assign({}, ...workers.map((worker) => worker.languageVersions));
}
