import { createExecutionClient, ExecutionApiError, TaskWaitTimeoutError } from '../index';
import type { ExecutionResult, TaskStatus } from '../index';

const BASE_URL = 'http://gateway.test';
const TASK_ID = '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a';
const TASK_URL = `${BASE_URL}/api/v1/execution/task/${TASK_ID}`;
const HELLO = { language: 'python', code: 'print("hello")' };

const RESULT: ExecutionResult = {
  execution_id: TASK_ID,
  language: 'python',
  version: 'Python 3.11.2',
  status: 'success',
  exit_code: 0,
  signal: null,
  stdout: 'hello\n',
  stderr: '',
  output_truncated: false,
  compile_output: null,
  execution_time_ms: 12,
  cpu_time_ms: 12,
  memory_usage_kb: 8000,
  compile_time_ms: null,
  compile_cached: false,
};

function task(status: TaskStatus['status'], extra: Partial<TaskStatus> = {}): TaskStatus {
  return { task_id: TASK_ID, status, progress: 0, stage: 'queued', created_at: '2026-11-27T12:00:00.000Z', ...extra };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

interface SentRequest {
  method: string;
  url: string;
  body: string;
}

/**
 * A fetch that answers each request with the next of answers (the last one
 * again once they run out) and records what was sent. An answer of 'hang'
 * never comes: the request ends only when its signal aborts.
 */
function fakeFetch(answers: (Response | 'hang')[]) {
  const sent: SentRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    sent.push({ method: request.method, url: request.url, body: await request.text() });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    if (answer !== 'hang') return answer.clone();
    return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
  };
  return { fetch, sent };
}

describe('createExecutionClient', () => {
  describe('runAndWait', () => {
    it('queues the run with execute/async, polls its task until completed and returns it, reporting every status', async () => {
      const completed = task('completed', { progress: 100, stage: 'finished', result: RESULT, finished_at: '2026-11-27T12:00:01.000Z' });
      const { fetch, sent } = fakeFetch([
        json(202, { task_id: TASK_ID, status: 'queued' }),
        json(200, task('queued')),
        json(200, task('running', { progress: 50, stage: 'running' })),
        json(200, completed),
      ]);
      const client = createExecutionClient({ baseUrl: BASE_URL, fetch });
      const seen: string[] = [];

      const final = await client.runAndWait(HELLO, { intervalMs: 1, onProgress: (status) => seen.push(status.status) });

      expect(final).toEqual(completed);
      expect(seen).toEqual(['queued', 'running', 'completed']);
      expect(sent).toEqual([
        { method: 'POST', url: `${BASE_URL}/api/v1/execution/execute/async`, body: JSON.stringify(HELLO) },
        { method: 'GET', url: TASK_URL, body: '' },
        { method: 'GET', url: TASK_URL, body: '' },
        { method: 'GET', url: TASK_URL, body: '' },
      ]);
    });

    it('returns a failed task with its error instead of throwing', async () => {
      const failed = task('failed', { error: 'job stalled more than allowable limit' });
      const { fetch } = fakeFetch([json(202, { task_id: TASK_ID, status: 'queued' }), json(200, failed)]);

      await expect(createExecutionClient({ baseUrl: BASE_URL, fetch }).runAndWait(HELLO)).resolves.toEqual(failed);
    });

    it('throws ExecutionApiError with the status, the body and Retry-After when execute/async answers 429', async () => {
      const body = { statusCode: 429, message: 'per-client rate limit exceeded: at most 120 executions a minute', error: 'Too Many Requests' };
      const { fetch, sent } = fakeFetch([json(429, body, { 'Retry-After': '7' })]);

      const error = await createExecutionClient({ baseUrl: BASE_URL, fetch }).runAndWait(HELLO).catch((err: unknown) => err);

      expect(error).toBeInstanceOf(ExecutionApiError);
      expect(error).toMatchObject({
        status: 429,
        retryAfterSeconds: 7,
        body,
        message: `POST /api/v1/execution/execute/async answered 429: ${body.message}`,
      });
      expect(sent).toHaveLength(1);
    });

    it('joins every problem of a 400 into the error message', async () => {
      const body = { statusCode: 400, message: ['timeout must not be greater than 30', 'property color should not exist'], error: 'Bad Request' };
      const { fetch } = fakeFetch([json(400, body)]);

      await expect(createExecutionClient({ baseUrl: BASE_URL, fetch }).runAndWait(HELLO)).rejects.toMatchObject({
        status: 400,
        retryAfterSeconds: undefined,
        message: 'POST /api/v1/execution/execute/async answered 400: timeout must not be greater than 30; property color should not exist',
      });
    });

    it('rejects with TaskWaitTimeoutError, without a task id, when queueing the run takes longer than timeoutMs', async () => {
      const { fetch } = fakeFetch(['hang']);

      const error = await createExecutionClient({ baseUrl: BASE_URL, fetch }).runAndWait(HELLO, { timeoutMs: 20 }).catch((err: unknown) => err);

      expect(error).toBeInstanceOf(TaskWaitTimeoutError);
      expect(error).toMatchObject({ taskId: undefined, timeoutMs: 20, message: 'the run was not queued within 20 ms' });
    });
  });

  describe('waitForTask', () => {
    it('rejects with TaskWaitTimeoutError naming the task when it is still running at timeoutMs, having polled at the interval', async () => {
      const { fetch, sent } = fakeFetch([json(200, task('running', { progress: 50, stage: 'running' }))]);
      const started = Date.now();

      const error = await createExecutionClient({ baseUrl: BASE_URL, fetch })
        .waitForTask(TASK_ID, { intervalMs: 20, timeoutMs: 100 })
        .catch((err: unknown) => err);

      expect(error).toBeInstanceOf(TaskWaitTimeoutError);
      expect(error).toMatchObject({ taskId: TASK_ID, message: `task ${TASK_ID} did not finish within 100 ms` });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(sent.length).toBeGreaterThanOrEqual(2);
      expect(sent.length).toBeLessThanOrEqual(6);
    });

    it('ends a poll that hangs at timeoutMs', async () => {
      const { fetch } = fakeFetch(['hang']);

      await expect(
        createExecutionClient({ baseUrl: BASE_URL, fetch }).waitForTask(TASK_ID, { timeoutMs: 20 }),
      ).rejects.toBeInstanceOf(TaskWaitTimeoutError);
    });

    it('throws ExecutionApiError naming the task when it is unknown (404)', async () => {
      const body = { statusCode: 404, message: `task "${TASK_ID}" not found (unknown, or its result has expired)`, error: 'Not Found' };
      const { fetch } = fakeFetch([json(404, body)]);

      await expect(createExecutionClient({ baseUrl: BASE_URL, fetch }).waitForTask(TASK_ID)).rejects.toMatchObject({
        name: 'ExecutionApiError',
        status: 404,
        message: `GET /api/v1/execution/task/${TASK_ID} answered 404: ${body.message}`,
      });
    });

    it('stops polling and rejects with the reason when the caller aborts between two polls', async () => {
      const { fetch, sent } = fakeFetch([json(200, task('queued'))]);
      const controller = new AbortController();
      const reason = new Error('user closed the tab');

      const waiting = createExecutionClient({ baseUrl: BASE_URL, fetch }).waitForTask(TASK_ID, {
        intervalMs: 10_000,
        signal: controller.signal,
        onProgress: () => controller.abort(reason),
      });

      await expect(waiting).rejects.toBe(reason);
      expect(sent).toHaveLength(1);
    });

    it('aborts the request in flight when the caller aborts', async () => {
      const { fetch, sent } = fakeFetch(['hang']);
      const controller = new AbortController();
      const reason = new Error('cancelled');

      const waiting = createExecutionClient({ baseUrl: BASE_URL, fetch }).waitForTask(TASK_ID, { signal: controller.signal });
      setTimeout(() => controller.abort(reason), 10);

      await expect(waiting).rejects.toBe(reason);
      expect(sent).toHaveLength(1);
    });

    it('sends nothing when the signal is already aborted', async () => {
      const { fetch, sent } = fakeFetch([json(200, task('completed'))]);
      const reason = new Error('too late');

      await expect(
        createExecutionClient({ baseUrl: BASE_URL, fetch }).waitForTask(TASK_ID, { signal: AbortSignal.abort(reason) }),
      ).rejects.toBe(reason);
      expect(sent).toEqual([]);
    });
  });

  it("passes the other endpoints through openapi-fetch's typed methods, on the base URL", async () => {
    const { fetch, sent } = fakeFetch([json(200, { valid: true, errors: [], warnings: [] })]);
    const client = createExecutionClient({ baseUrl: BASE_URL, fetch });

    const { data } = await client.POST('/api/v1/execution/validate', { body: HELLO });
    await client.GET('/api/v1/execution/languages/{language}', { params: { path: { language: 'c++' } } });

    expect(data).toEqual({ valid: true, errors: [], warnings: [] });
    expect(sent.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `POST ${BASE_URL}/api/v1/execution/validate`,
      `GET ${BASE_URL}/api/v1/execution/languages/c%2B%2B`,
    ]);
  });

  describe('cancel', () => {
    it('sends DELETE for the task and returns the task it answers', async () => {
      const cancelled = task('completed', { result: { ...RESULT, status: 'cancelled', stdout: '' } });
      const { fetch, sent } = fakeFetch([json(202, cancelled)]);

      await expect(createExecutionClient({ baseUrl: BASE_URL, fetch }).cancel(TASK_ID)).resolves.toEqual(cancelled);
      expect(sent).toEqual([{ method: 'DELETE', url: TASK_URL, body: '' }]);
    });

    it('throws ExecutionApiError with the status when the task has ended already (409)', async () => {
      const body = { statusCode: 409, message: `task "${TASK_ID}" has ended already (completed); nothing to cancel`, error: 'Conflict' };
      const { fetch } = fakeFetch([json(409, body)]);

      await expect(createExecutionClient({ baseUrl: BASE_URL, fetch }).cancel(TASK_ID)).rejects.toMatchObject({
        name: 'ExecutionApiError',
        status: 409,
        message: `DELETE /api/v1/execution/task/${TASK_ID} answered 409: ${body.message}`,
      });
    });
  });
});

describe('streamTask', () => {
  it('yields the events in order, a split multi-byte character and split lines put together, and ends after the result', async () => {
    const done = task('completed', { result: RESULT });
    const text = `event: status\ndata: {"status":"queued"}\n\n: heartbeat\n\nevent: stdout\ndata: {"data":"h👻\\n"}\n\nevent: result\ndata: ${JSON.stringify(done)}\n\n`;
    const bytes = new TextEncoder().encode(text);
    // In the middle of the ghost's four bytes (0xF0 starts it).
    const cut = bytes.indexOf(0xf0) + 2;
    const chunks = [bytes.subarray(0, cut), bytes.subarray(cut)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    });
    const client = createExecutionClient({ baseUrl: BASE_URL, fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }) });

    const events = [];
    for await (const event of client.streamTask(TASK_ID)) events.push(event);

    expect(events).toEqual([
      { event: 'status', status: 'queued' },
      { event: 'stdout', data: 'h👻\n' },
      { event: 'result', task: done },
    ]);
  });

  it('throws ExecutionApiError for an unknown task (404)', async () => {
    const body = { statusCode: 404, message: `task "${TASK_ID}" not found (unknown, or its result has expired)`, error: 'Not Found' };
    const { fetch, sent } = fakeFetch([json(404, body)]);
    const iterate = async () => {
      for await (const event of createExecutionClient({ baseUrl: BASE_URL, fetch }).streamTask(TASK_ID)) void event;
    };

    await expect(iterate()).rejects.toMatchObject({ name: 'ExecutionApiError', status: 404 });
    expect(sent[0]).toMatchObject({ method: 'GET', url: `${TASK_URL}/events` });
  });
});
