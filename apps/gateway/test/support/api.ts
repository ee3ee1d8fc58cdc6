import type { ExecutionRequest, ExecutionResult, TaskStatus } from '@ghostide/contracts';
import { TEST_BASE_URL } from './service-processes';

/** A response's status, headers and parsed JSON body. */
export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls the service under test with a JSON body (or a raw string, to send malformed JSON). */
export async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
  const response = await fetch(`${TEST_BASE_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Runs code synchronously and expects a 200. */
export async function execute(request: ExecutionRequest): Promise<ExecutionResult> {
  const response = await call<ExecutionResult>('POST', '/api/v1/execution/execute', request);
  if (response.status !== 200) throw new Error(`execute answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Polls a task until it is completed or failed, collecting the states seen on the way. */
export async function pollTask(taskId: string, timeoutMs = 60_000): Promise<{ final: TaskStatus; seen: TaskStatus['status'][] }> {
  const seen: TaskStatus['status'][] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { status, body } = await call<TaskStatus>('GET', `/api/v1/execution/task/${taskId}`);
    if (status !== 200) throw new Error(`GET task answered ${status}: ${JSON.stringify(body)}`);
    if (seen[seen.length - 1] !== body.status) seen.push(body.status);
    if (body.status === 'completed' || body.status === 'failed') return { final: body, seen };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`task ${taskId} did not finish within ${timeoutMs} ms`);
}
