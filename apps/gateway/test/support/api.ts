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


/** Queues a run (execute/async) and returns its task id. */
export async function queueRun(request: ExecutionRequest): Promise<string> {
  return (await ok('POST /api/v1/execution/execute/async', api.POST('/api/v1/execution/execute/async', { body: request }))).task_id;
}

/** Polls until the task's program runs (stage running, past the worker's preparing); throws if it ends first. */
export async function untilRunning(taskId: string): Promise<void> {
  for (;;) {
    const task = await ok('GET task', api.GET('/api/v1/execution/task/{task_id}', { params: { path: { task_id: taskId } } }));
    if (task.status === 'running' && task.stage === 'running') return;
    if (task.status === 'completed' || task.status === 'failed') throw new Error(`task ${taskId} ended (${task.status}) before it ran`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A raw response's status, headers and parsed JSON body. */
export interface RawResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A raw call with a JSON body (or a string, to send malformed JSON): for what
 * the client cannot send, and for the Piston and Judge0 APIs, whose own
 * clients' requests the compatibility tests reproduce.
 */
export async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<RawResponse<T>> {
  const response = await fetch(`${TEST_BASE_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
}
