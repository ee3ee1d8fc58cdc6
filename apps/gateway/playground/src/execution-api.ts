import { createExecutionClient, ExecutionApiError, type LanguageInfo, type WaitOptions } from '@ghostide/execution-client';
import type { ExecutionRequest, TaskStatus } from '@ghostide/execution-client';

/** The generated client, on the gateway that served this page (same origin, so no CORS). */
const client = createExecutionClient({ baseUrl: '' });

/** The languages of the language select, from GET /api/v1/execution/languages. */
export async function listLanguages(): Promise<LanguageInfo[]> {
  const { data, error, response } = await client.GET('/api/v1/execution/languages');
  if (data === undefined) throw new ExecutionApiError('GET /api/v1/execution/languages', response, error);
  return data;
}

/**
 * Queues the run and polls its task until it has finished, reporting each
 * status polled (queued, preparing, compiling, running) to onProgress.
 */
export function runProgram(request: ExecutionRequest, onProgress: WaitOptions['onProgress']): Promise<TaskStatus> {
  return client.runAndWait(request, { onProgress });
}
