import { createExecutionClient, ExecutionApiError } from '@ghostide/execution-client';
import type { ExecutionRequest, ExecutionResult, WaitOptions } from '@ghostide/execution-client';
import { TEST_BASE_URL } from './service-processes';

/**
 * The generated client (libs/client) on the service under test. Every
 * well-formed call of the tests goes through it, so an API change that breaks
 * the client fails them; raw fetch is left to tests that must send what the
 * client would not (malformed input) or read the raw bytes of an answer.
 */
export const api = createExecutionClient({ baseUrl: TEST_BASE_URL });

/** Polls fast: the tests wait for many short runs. */
export const FAST_POLL: WaitOptions = { intervalMs: 50, timeoutMs: 60_000 };

/** The data of a call that must succeed; ExecutionApiError (status and body) otherwise. */
export async function ok<T>(operation: string, call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw new ExecutionApiError(operation, response, error);
  return data;
}

/** Runs code synchronously and expects a 200. */
export function execute(request: ExecutionRequest): Promise<ExecutionResult> {
  return ok('POST /api/v1/execution/execute', api.POST('/api/v1/execution/execute', { body: request }));
}

