import { createExecutionClient, ExecutionApiError, type LanguageInfo } from '@ghostide/execution-client';
import type { ExecutionRequest, TaskEvent, TaskStatus } from '@ghostide/execution-client';

/** The generated client, on the gateway that served this page (same origin, so no CORS). */
const client = createExecutionClient({ baseUrl: '' });

/** The languages of the language select, from GET /api/v1/execution/languages. */
export async function listLanguages(): Promise<LanguageInfo[]> {
  const { data, error, response } = await client.GET('/api/v1/execution/languages');
  if (data === undefined) throw new ExecutionApiError('GET /api/v1/execution/languages', response, error);
  return data;
}

/** Queues the run (execute/async); its task id. */
export async function startProgram(request: ExecutionRequest): Promise<string> {
  const { data, error, response } = await client.POST('/api/v1/execution/execute/async', { body: request });
  if (data === undefined) throw new ExecutionApiError('POST /api/v1/execution/execute/async', response, error);
  return data.task_id;
}

/** The run's events as they come: progress, output, and last the result. */
export function watchProgram(taskId: string): AsyncIterable<TaskEvent> {
  return client.streamTask(taskId);
}

/** The finished task, polled: for a stream that ended without its result (a dropped connection). */
export function waitForProgram(taskId: string): Promise<TaskStatus> {
  return client.waitForTask(taskId);
}

/** Stops the run (DELETE task); it then ends with status cancelled. */
export async function stopProgram(taskId: string): Promise<void> {
  await client.cancel(taskId);
}
