import type { INestApplication } from '@nestjs/common';
import { ExecutionResult, TaskStatus } from '@ghostide/contracts';
import request from 'supertest';
import { FakeExecutionQueue, successResult } from '../../testing/fake-execution-queue';
import { createGatewayTestApp } from '../../testing/gateway-test-app';
import { encodeBase64 } from '../text-encoding';

const HELLO = { source_code: 'print(input())', language_id: 71, stdin: 'Judge0' };

/** Every field of judge0-python's Config model (src/judge0/base_types.py), which its Client reads at start-up. */
const SDK_CONFIG_FIELDS = [
  'allow_enable_network', 'allow_enable_per_process_and_thread_memory_limit', 'allow_enable_per_process_and_thread_time_limit',
  'allowed_languages_for_compile_options', 'callbacks_max_tries', 'callbacks_timeout', 'cpu_extra_time', 'cpu_time_limit',
  'enable_additional_files', 'enable_batched_submissions', 'enable_callbacks', 'enable_command_line_arguments', 'enable_compiler_options',
  'enable_network', 'enable_per_process_and_thread_memory_limit', 'enable_per_process_and_thread_time_limit', 'enable_submission_delete',
  'enable_wait_result', 'maintenance_mode', 'max_cpu_extra_time', 'max_cpu_time_limit', 'max_extract_size', 'max_file_size',
  'max_max_file_size', 'max_max_processes_and_or_threads', 'max_memory_limit', 'max_number_of_runs', 'max_processes_and_or_threads',
  'max_queue_size', 'max_stack_limit', 'max_submission_batch_size', 'max_wall_time_limit', 'memory_limit', 'number_of_runs',
  'redirect_stderr_to_stdout', 'stack_limit', 'submission_cache_duration', 'use_docs_as_homepage', 'wall_time_limit',
];

describe('Judge0Controller', () => {
  let app: INestApplication | undefined;
  let queue: FakeExecutionQueue;

  async function start(environment: Record<string, string> = {}) {
    queue = new FakeExecutionQueue();
    app = await createGatewayTestApp({ executionQueue: queue, environment: { RATE_LIMIT_CLIENT_PER_MINUTE: '0', ...environment } });
    return request(app.getHttpServer());
  }

  /** Marks the queued job finished with the result its data gets from the fake worker. */
  function finish(token: string, overrides: Partial<ExecutionResult> = {}): void {
    const data = queue.enqueued.find((job) => job.executionId === token);
    if (!data) throw new Error(`no job ${token}`);
    const task: TaskStatus = {
      task_id: token,
      status: 'completed',
      progress: 100,
      stage: 'finished',
      created_at: '2026-11-27T12:00:00.000Z',
      finished_at: '2026-11-27T12:00:01.000Z',
      result: { ...successResult(data), stdout: 'hello, Judge0\n', ...overrides },
    };
    queue.tasks.set(token, task);
  }

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  describe('what judge0-python reads at start-up', () => {
    it('lists the language ids of its 1.13.1 table for our languages, and 54 for C++', async () => {
      const response = await (await start()).get('/judge0/languages');

      expect(response.status).toBe(200);
      expect(response.body).toEqual(expect.arrayContaining([
        { id: 52, name: 'C++' },
        { id: 54, name: 'C++' },
        { id: 62, name: 'Java' },
        { id: 63, name: 'JavaScript (Node.js 20.19.0)' },
        { id: 71, name: 'Python (3.11.2)' },
      ]));
    });

    it('answers /config_info with every field of its Config model', async () => {
      const response = await (await start()).get('/judge0/config_info');

      expect(response.status).toBe(200);
      expect(Object.keys(response.body).sort()).toEqual([...SDK_CONFIG_FIELDS].sort());
      expect(response.body).toMatchObject({ max_memory_limit: 256 * 1024, max_queue_size: 3, max_submission_batch_size: 20, enable_network: false });
    });

    it('answers /about with the version whose language ids it serves', async () => {
      expect((await (await start()).get('/judge0/about')).body).toMatchObject({ version: '1.13.1' });
    });

    it('lists the 14 statuses', async () => {
      const response = await (await start()).get('/judge0/statuses');
      expect(response.body).toHaveLength(14);
      expect(response.body[2]).toEqual({ id: 3, description: 'Accepted' });
    });

    it('describes one language, 404 in its shape for an unknown one', async () => {
      const server = await start();
      expect((await server.get('/judge0/languages/71')).body).toEqual({
        id: 71,
        name: 'Python (3.11.2)',
        is_archived: false,
        source_file: 'main.py',
        compile_cmd: null,
        run_cmd: 'python3 -u -B main.py',
      });
      const unknown = await server.get('/judge0/languages/70');
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ error: "language with id 70 doesn't exist" });
    });
  });

  describe('POST /submissions', () => {
    it('queues a Base64 submission and answers 201 {token}, keeping its Judge0 attributes with the job', async () => {
      const server = await start();

      const response = await server
        .post('/judge0/submissions?base64_encoded=true&wait=false')
        .send({ source_code: encodeBase64('print(input())'), language_id: 71, stdin: encodeBase64('Judge0'), expected_output: encodeBase64('hello, Judge0') });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({ token: queue.enqueued[0].executionId });
      expect(queue.enqueued[0]).toMatchObject({
        languageId: 'python',
        files: [{ name: 'main.py', content: 'print(input())' }],
        stdin: 'Judge0',
        timeoutSeconds: 10,
        compat: { judge0: { language_id: 71, expected_output: 'hello, Judge0' } },
      });
    });

    it('runs and answers the submission with wait=true', async () => {
      const server = await start();

      const response = await server.post('/judge0/submissions?wait=true').send(HELLO);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        token: queue.enqueued[0].executionId,
        stdout: 'hello\n',
        stderr: null,
        time: '0.012',
        memory: 8000,
        compile_output: null,
        message: null,
        status: { id: 3, description: 'Accepted' },
      });
    });

    it('answers 422 with the problems of each attribute, queueing nothing', async () => {
      const server = await start();

      const response = await server.post('/judge0/submissions').send({ source_code: 'x', language_id: 150000, enable_network: true });

      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        language_id: ["language with id 150000 doesn't exist"],
        enable_network: ['enabling network is not allowed'],
      });
      expect(queue.enqueued).toHaveLength(0);
    });

    it("names our own validation's problems by Judge0 attribute", async () => {
      const server = await start();

      const response = await server.post('/judge0/submissions').send({ source_code: 'class A {}', language_id: 62, stdin: 'x'.repeat(1024 * 1024 + 1) });

      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        stdin: ['stdin may have at most 1048576 characters'],
        source_code: ['Java source needs a class with a "public static void main(String[] args)" method'],
      });
    });

    it('answers malformed JSON with 400 {error}', async () => {
      const response = await (await start()).post('/judge0/submissions').set('Content-Type', 'application/json').send('{"source_code": ');

      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: expect.stringMatching(/^request body is not valid JSON: /) });
    });

    it('answers unknown fields with 400 {error}, as Judge0 does', async () => {
      const response = await (await start()).post('/judge0/submissions?fields=stdout,nope').send(HELLO);

      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: 'invalid fields: [nope]' });
    });

    it('answers 503 {error} with Retry-After when the queue is full', async () => {
      const server = await start();
      queue.waiting = 3;

      const response = await server.post('/judge0/submissions').send(HELLO);

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({ error: 'the execution queue is full (3 waiting)' });
    });
  });

  describe('GET /submissions/{token}', () => {
    it('answers every attribute with fields=*, text in Base64', async () => {
      const server = await start();
      const { token } = (await server.post('/judge0/submissions').send({ ...HELLO, expected_output: 'hello, Judge0', command_line_arguments: 'a b' })).body;
      finish(token);

      const response = await server.get(`/judge0/submissions/${token}?base64_encoded=true&fields=*`);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        token,
        source_code: encodeBase64('print(input())'),
        stdin: encodeBase64('Judge0'),
        expected_output: encodeBase64('hello, Judge0'),
        stdout: encodeBase64('hello, Judge0\n'),
        language_id: 71,
        language: { id: 71, name: 'Python (3.11.2)' },
        status: { id: 3, description: 'Accepted' },
        status_id: 3,
        command_line_arguments: 'a b',
        time: '0.012',
        memory: 8000,
        exit_code: 0,
        created_at: '2026-11-27T12:00:00.000Z',
      });
    });

    it('answers In Queue while queued, with the fields asked for', async () => {
      const server = await start();
      const { token } = (await server.post('/judge0/submissions').send(HELLO)).body;
      queue.tasks.set(token, { task_id: token, status: 'queued', progress: 0, stage: 'queued', created_at: '2026-11-27T12:00:00.000Z' });

      const response = await server.get(`/judge0/submissions/${token}?fields=status_id,stdout`);

      expect(response.body).toEqual({ status_id: 1, stdout: null });
    });

    it('answers 404 {error} for an unknown token', async () => {
      const response = await (await start()).get('/judge0/submissions/5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a');

      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        error: 'submission with token 5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a not found (unknown, or its result has expired)',
      });
    });
  });

  describe('batches', () => {
    it('queues each valid submission and names the problems of the others in their place', async () => {
      const server = await start();

      const response = await server.post('/judge0/submissions/batch').send({ submissions: [HELLO, { language_id: 71 }, HELLO] });

      expect(response.status).toBe(201);
      expect(response.body).toEqual([
        { token: queue.enqueued[0].executionId },
        { source_code: ["can't be blank"] },
        { token: queue.enqueued[1].executionId },
      ]);
    });

    it('answers 422 when no submission is valid', async () => {
      const response = await (await start()).post('/judge0/submissions/batch').send({ submissions: [{ language_id: 71 }] });

      expect(response.status).toBe(422);
      expect(response.body).toEqual([{ source_code: ["can't be blank"] }]);
    });

    it.each([
      ['no submissions', { submissions: [] }, 'there should be at least one submission in a batch'],
      ['no submissions array', {}, 'there should be at least one submission in a batch'],
      ['21 submissions', { submissions: Array(21).fill(HELLO) }, 'number of submissions in a batch should be less than or equal to 20'],
    ])('answers a batch of %s with 400 {error}', async (_case, body, error) => {
      const response = await (await start()).post('/judge0/submissions/batch').send(body);

      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error });
    });

    it('refuses a batch the queue has no room for whole, with 503, queueing none of it', async () => {
      const server = await start();
      queue.waiting = 2;

      const response = await server.post('/judge0/submissions/batch').send({ submissions: [HELLO, HELLO] });

      expect(response.status).toBe(503);
      expect(queue.enqueued).toHaveLength(0);
    });

    it('reads submissions in the order of the tokens, null for an unknown one', async () => {
      const server = await start();
      const [first, second] = (await server.post('/judge0/submissions/batch').send({ submissions: [HELLO, HELLO] })).body;
      finish(first.token);
      finish(second.token, { stdout: '' });

      const response = await server.get(`/judge0/submissions/batch?tokens=${second.token},unknown,${first.token}&fields=token,stdout`);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        submissions: [{ token: second.token, stdout: null }, null, { token: first.token, stdout: 'hello, Judge0\n' }],
      });
    });

    it('answers a batch read without tokens with 400 {error}', async () => {
      const response = await (await start()).get('/judge0/submissions/batch');

      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: 'there should be at least one submission in a batch' });
    });

    it('counts each submission of a batch against the per-client rate limit', async () => {
      const server = await start({ RATE_LIMIT_CLIENT_PER_MINUTE: '3' });
      expect((await server.post('/judge0/submissions/batch').send({ submissions: [HELLO, HELLO, HELLO] })).status).toBe(201);

      const response = await server.post('/judge0/submissions').send(HELLO);

      expect(response.status).toBe(429);
      expect(response.body).toEqual({ error: 'per-client rate limit exceeded: at most 3 executions a minute from one client address' });
    });

    it('refuses a batch larger than what is left of the rate limit', async () => {
      const server = await start({ RATE_LIMIT_CLIENT_PER_MINUTE: '3' });

      expect((await server.post('/judge0/submissions/batch').send({ submissions: [HELLO, HELLO, HELLO, HELLO] })).status).toBe(429);
      expect(queue.enqueued).toHaveLength(0);
    });
  });

  it('serves the API at the root when JUDGE0_PATH_PREFIX is empty, as Judge0 does', async () => {
    const server = await start({ JUDGE0_PATH_PREFIX: '' });

    expect((await server.get('/about')).status).toBe(200);
    expect((await server.post('/submissions').send(HELLO)).status).toBe(201);
    expect((await server.get('/judge0/about')).status).toBe(404);
  });
});
