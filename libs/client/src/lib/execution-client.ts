import { createParser, type EventSourceMessage } from 'eventsource-parser';
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import { ExecutionApiError } from './execution-api.error';
import type { paths } from './generated/openapi';
import type { ExecutionRequest, TaskEvent, TaskStatus } from './schemas';
import { TaskWaitTimeoutError } from './task-wait-timeout.error';

/** Pause between two polls of a task. */
export const DEFAULT_POLL_INTERVAL_MS = 250;
/** Longest wait for a run: a full queue wait, a 30 s compile and a 30 s run fit, with room to spare. */
export const DEFAULT_WAIT_TIMEOUT_MS = 120_000;

/** openapi-fetch's options; baseUrl is the gateway's origin, e.g. "http://localhost:8000" ("" for the page's own). */
export type ExecutionClientOptions = ClientOptions & { baseUrl: string };

/** How long and how often to poll a task. */
export interface WaitOptions {
  /** Pause between two polls; DEFAULT_POLL_INTERVAL_MS by default. */
  intervalMs?: number;
  /** Reject with TaskWaitTimeoutError after this long; DEFAULT_WAIT_TIMEOUT_MS by default. */
  timeoutMs?: number;
  /** Stops the wait and the request in flight; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called with every status polled (queued, running with progress and stage, then the final one). */
  onProgress?: (task: TaskStatus) => void;
}

/** openapi-fetch's typed GET/POST for every endpoint, plus the polling helpers. */
export type ExecutionClient = Client<paths> & {
  /** Polls a task until it is completed (with result) or failed (with error), and returns it. */
  waitForTask(taskId: string, options?: WaitOptions): Promise<TaskStatus>;
  /** Queues a run (execute/async) and waits for it as waitForTask does; the timeout covers both. */
  runAndWait(request: ExecutionRequest, options?: WaitOptions): Promise<TaskStatus>;
  /** Cancels a queued or running task (DELETE); the task after the request. ExecutionApiError for 404 and 409. */
  cancel(taskId: string): Promise<TaskStatus>;
  /**
   * The task's events as they come (GET .../events), ending with `result`; joins late as well as
   * early. ExecutionApiError for 404; aborting the signal ends the iteration and the request.
   */
  streamTask(taskId: string, options?: { signal?: AbortSignal }): AsyncIterable<TaskEvent>;
};

/**
 * A client of the execution API. Calls reject only when the request cannot be
 * made (network, abort); HTTP errors come back as `error`, as openapi-fetch does,
 * except in waitForTask and runAndWait, which throw ExecutionApiError.
 */
export function createExecutionClient(options: ExecutionClientOptions): ExecutionClient {
  const client = createClient<paths>(options);

  async function pollUntilFinished(taskId: string, signal: AbortSignal, { intervalMs = DEFAULT_POLL_INTERVAL_MS, onProgress }: WaitOptions) {
    for (;;) {
      const { data, error, response } = await client.GET('/api/v1/execution/task/{task_id}', {
        params: { path: { task_id: taskId } },
        signal,
      });
      if (!data) throw new ExecutionApiError(`GET /api/v1/execution/task/${taskId}`, response, error);
      onProgress?.(data);
      if (data.status === 'completed' || data.status === 'failed') return data;
      await delay(intervalMs, signal);
    }
  }

  function waitForTask(taskId: string, options: WaitOptions = {}): Promise<TaskStatus> {
    return withDeadline(options, () => taskId, (signal) => pollUntilFinished(taskId, signal, options));
  }

  function runAndWait(request: ExecutionRequest, options: WaitOptions = {}): Promise<TaskStatus> {
    let taskId: string | undefined;
    return withDeadline(
      options,
      () => taskId,
      async (signal) => {
        const { data, error, response } = await client.POST('/api/v1/execution/execute/async', { body: request, signal });
        if (!data) throw new ExecutionApiError('POST /api/v1/execution/execute/async', response, error);
        taskId = data.task_id;
        return pollUntilFinished(data.task_id, signal, options);
      },
    );
  }

  async function cancel(taskId: string): Promise<TaskStatus> {
    const { data, error, response } = await client.DELETE('/api/v1/execution/task/{task_id}', { params: { path: { task_id: taskId } } });
    if (!data) throw new ExecutionApiError(`DELETE /api/v1/execution/task/${taskId}`, response, error);
    return data;
  }

  async function* streamTask(taskId: string, { signal }: { signal?: AbortSignal } = {}): AsyncGenerator<TaskEvent> {
    const { data, error, response } = await client.GET('/api/v1/execution/task/{task_id}/events', {
      params: { path: { task_id: taskId } },
      parseAs: 'stream',
      signal,
    });
    if (!data) throw new ExecutionApiError(`GET /api/v1/execution/task/${taskId}/events`, response, error);
    const parsed: TaskEvent[] = [];
    const parser = createParser({ onEvent: (message) => parsed.push(toTaskEvent(message)) });
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        parser.feed(decoder.decode(value, { stream: true }));
        while (parsed.length > 0) yield parsed.shift() as TaskEvent;
      }
    } finally {
      // Stopped early (break, abort): the request ends too.
      await reader.cancel().catch(() => undefined);
    }
  }

  return { ...client, waitForTask, runAndWait, cancel, streamTask };
}

/** A Server-Sent Event of the events endpoint as a TaskEvent: the result carries the task, the others their fields. */
function toTaskEvent(message: EventSourceMessage): TaskEvent {
  const data = JSON.parse(message.data) as Record<string, unknown>;
  return (message.event === 'result' ? { event: 'result', task: data } : { event: message.event, ...data }) as TaskEvent;
}

/**
 * Runs work with a signal that aborts when the caller's signal does (with its
 * reason) or when timeoutMs have passed (with TaskWaitTimeoutError).
 */
async function withDeadline<T>(
  { timeoutMs = DEFAULT_WAIT_TIMEOUT_MS, signal: callerSignal }: WaitOptions,
  currentTaskId: () => string | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) forwardAbort();
  else callerSignal?.addEventListener('abort', forwardAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new TaskWaitTimeoutError(timeoutMs, currentTaskId())), timeoutMs);
  try {
    controller.signal.throwIfAborted();
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }
}

/** Resolves after ms, or rejects with the signal's reason as soon as it aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
