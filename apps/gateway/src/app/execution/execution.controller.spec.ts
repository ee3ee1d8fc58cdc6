import type { INestApplication } from '@nestjs/common';
import { ExecutionStatus, MAX_STDIN_BYTES, TaskStatus } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { WaitTimeoutError } from '@ghostide/util';
import request from 'supertest';
import { MAX_BODY_BYTES } from '../common/body-parser';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

const EXECUTE = '/api/v1/execution/execute';
const EXECUTE_ASYNC = '/api/v1/execution/execute/async';
const VALIDATE = '/api/v1/execution/validate';

const SUPPORTED_NAMES = new LanguageRegistry().names().join(', ');

function badRequest(...message: string[]) {
  return { statusCode: 400, message, error: 'Bad Request' };
}

describe('ExecutionController', () => {
  describe('request validation, before the service is called', () => {
    let app: INestApplication;
    const service = { execute: jest.fn(), executeAsync: jest.fn(), getTask: jest.fn(), validate: jest.fn() };

    beforeEach(async () => {
      jest.clearAllMocks();
      app = await createGatewayTestApp({ executionService: service });
    });

    afterEach(async () => {
      // Every request here is rejected by the body parser or the pipe: nothing reaches the service.
      expect(service.execute).not.toHaveBeenCalled();
      expect(service.executeAsync).not.toHaveBeenCalled();
      await app.close();
    });

    it('rejects malformed JSON with 400 in the API error shape, not 500 or HTML', async () => {
      const body = '{"language": "python", "code": ';
      let parseError = '';
      try {
        JSON.parse(body);
      } catch (err) {
        parseError = (err as Error).message;
      }

      const response = await request(app.getHttpServer()).post(EXECUTE).set('Content-Type', 'application/json').send(body);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest(`request body is not valid JSON: ${parseError}`));
    });

    it('rejects a body larger than the limit with 413', async () => {
      const code = 'x'.repeat(MAX_BODY_BYTES);

      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', code });

      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        statusCode: 413,
        message: [`request body is larger than ${MAX_BODY_BYTES} bytes`],
        error: 'Payload Too Large',
      });
    });

    it('rejects an unknown field with 400 naming it', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', code: 'print(1)', memory_limit: 64 });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest('property memory_limit should not exist'));
    });

    it('rejects an unknown language with 400 naming it and listing the supported ones', async () => {
      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'brainfuck', code: 'DISPLAY "HI".' });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest(`language "brainfuck" is not supported; use one of: ${SUPPORTED_NAMES}`));
      for (const name of ['python', 'py', 'javascript', 'js', 'node', 'java', 'cpp', 'c++']) {
        expect(SUPPORTED_NAMES.split(', ')).toContain(name);
      }
    });

    it('rejects a request with both code and files with 400', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', code: 'print(1)', files: [{ name: 'main.py', content: 'print(2)' }] });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest('exactly one of code or files must be given'));
    });

    it('rejects a request with neither code nor files with 400', async () => {
      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', stdin: 'x' });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest('exactly one of code or files must be given'));
    });

    // Found by execution.fuzz.spec.ts: null passed as "given" and the service failed on it with a 500.
    it('rejects "files": null with 400 naming files, not as if files were left out', async () => {
      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', files: null });

      expect(response.status).toBe(400);
      expect(response.body.message).toContain('files must be an array');
    });

    it('rejects timeout 31 with 400', async () => {
      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', code: 'print(1)', timeout: 31 });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest('timeout must not be greater than 30'));
    });

    it('rejects timeout given as the string "10" with 400 instead of converting it', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE_ASYNC)
        .send({ language: 'python', code: 'print(1)', timeout: '10' });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(
        badRequest(
          'timeout must not be greater than 30',
          'timeout must not be less than 1',
          'timeout must be a number conforming to the specified constraints',
        ),
      );
    });

    it('rejects stdin over the limit with 400', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', code: 'print(input())', stdin: 'x'.repeat(MAX_STDIN_BYTES + 1) });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest(`stdin may have at most ${MAX_STDIN_BYTES} characters`));
    });

    it('lists every problem of a request together', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'brainfuck', code: 'x', timeout: 31, memory_limit_mb: 1.5, priority: 'high' });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(
        badRequest(
          'property priority should not exist',
          'timeout must not be greater than 30',
          'memory_limit_mb must not be less than 32',
          'memory_limit_mb must be an integer number',
          `language "brainfuck" is not supported; use one of: ${SUPPORTED_NAMES}`,
        ),
      );
    });
  });

  describe('with the real ExecutionService on a fake queue', () => {
    let app: INestApplication;
    let queue: FakeExecutionQueue;

    beforeEach(async () => {
      queue = new FakeExecutionQueue();
      app = await createGatewayTestApp({ executionQueue: queue });
    });

    afterEach(async () => {
      await app.close();
    });

    it('runs a request and answers 200 with the worker result, resolving the alias and defaults', async () => {
      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'PY', code: 'print("hello")' });

      expect(response.status).toBe(200);
      expect(queue.enqueued).toHaveLength(1);
      const [job] = queue.enqueued;
      expect(job).toMatchObject({
        languageId: 'python',
        files: [{ name: 'main.py', content: 'print("hello")' }],
        stdin: '',
        args: [],
        timeoutSeconds: 10,
        memoryLimitMb: 128,
      });
      expect(response.body).toMatchObject({ execution_id: job.executionId, status: ExecutionStatus.Success, stdout: 'hello\n' });
    });

    it('rejects files[0].name "../x.py" with 400 naming files[0].name, without queueing', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', files: [{ name: '../x.py', content: 'print(1)' }] });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest('files[0].name "../x.py" may not contain ".."'));
      expect(queue.enqueued).toHaveLength(0);
    });

    it('rejects memory_limit_mb above SANDBOX_MAX_MEMORY_MB with 400', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', code: 'print(1)', memory_limit_mb: 257 });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest("memory_limit_mb must not be greater than 256 (this deployment's maximum)"));
      expect(queue.enqueued).toHaveLength(0);
    });

    it('lists file-name problems together with the other fields\' problems', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', files: [{ name: '/etc/x.py', content: 'print(1)' }], timeout: 31 });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(
        badRequest('timeout must not be greater than 30', 'files[0].name "/etc/x.py" must be a relative path, not an absolute one'),
      );
    });

    it('rejects memory_limit_mb above the deployment maximum with 400 naming it', async () => {
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', code: 'print(1)', memory_limit_mb: 1024 });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest("memory_limit_mb must not be greater than 256 (this deployment's maximum)"));
    });

    it('answers 503 with Retry-After when no worker is alive', async () => {
      queue.workers = [];

      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', code: 'print(1)' });

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({ statusCode: 503, message: 'no execution worker is available', error: 'Service Unavailable' });
      expect(queue.enqueued).toHaveLength(0);
    });

    it('answers 503 with Retry-After 60 naming the language when no live worker has its image yet', async () => {
      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'java', code: 'public class Main { public static void main(String[] args) { } }' });

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('60');
      expect(response.body.message).toMatch(/^language "java" is not installed yet: its sandbox image is still being built/);
      expect(queue.enqueued).toHaveLength(0);
    });

    it('answers 503 with Retry-After when the waiting jobs reach QUEUE_MAX_WAITING_JOBS', async () => {
      queue.waiting = 3;

      const response = await request(app.getHttpServer()).post(EXECUTE_ASYNC).send({ language: 'python', code: 'print(1)' });

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({ statusCode: 503, message: 'the execution queue is full (3 waiting)', error: 'Service Unavailable' });
      expect(queue.enqueued).toHaveLength(0);
    });

    it('answers 503 with Retry-After when Redis is down', async () => {
      queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');

      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', code: 'print(1)' });

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({ statusCode: 503, message: 'the execution queue is unavailable', error: 'Service Unavailable' });
    });

    it('answers 503 with Retry-After, and queues nothing, when Redis at its maxmemory refuses the job', async () => {
      queue.enqueueError = new Error("OOM command not allowed when used memory > 'maxmemory'.");

      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', code: 'print(1)' });

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({ statusCode: 503, message: 'the execution queue is out of memory; try again later', error: 'Service Unavailable' });
      expect(queue.enqueued).toHaveLength(0);
    });

    it('answers 413 when the job as stored in Redis would pass MAX_JOB_PAYLOAD_BYTES', async () => {
      // 1 M characters of stdin pass the DTO; as UTF-8, three bytes each, the job is over 3 MB.
      const response = await request(app.getHttpServer())
        .post(EXECUTE)
        .send({ language: 'python', code: 'print(1)', stdin: '€'.repeat(MAX_STDIN_BYTES) });

      expect(response.status).toBe(413);
      expect(response.body.message).toMatch(/^the run's files, stdin, args and expected output are \d+ bytes as queued; at most 3145728 bytes$/);
      expect(queue.enqueued).toHaveLength(0);
    });

    it('answers 503 with the task id when a sync run outlasts its wait, so it can be polled', async () => {
      queue.finish = () => Promise.reject(new WaitTimeoutError('waiting for the execution took longer than 55000 ms'));

      const response = await request(app.getHttpServer()).post(EXECUTE).send({ language: 'python', code: 'print(1)' });

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body).toEqual({
        statusCode: 503,
        message: 'the execution is taking longer than expected; poll it with GET /api/v1/execution/task/{task_id}',
        error: 'Service Unavailable',
        task_id: queue.enqueued[0].executionId,
      });
    });

    it('queues an async run and answers 202 with its task id', async () => {
      const response = await request(app.getHttpServer()).post(EXECUTE_ASYNC).send({ language: 'js', code: 'console.log(1)' });

      expect(response.status).toBe(202);
      expect(queue.enqueued).toHaveLength(1);
      expect(queue.enqueued[0].languageId).toBe('javascript');
      expect(response.body).toEqual({ task_id: queue.enqueued[0].executionId, status: 'queued' });
    });

    it('answers 200 with the status of a known task', async () => {
      const task: TaskStatus = { task_id: 'task-1', status: 'running', progress: 50, stage: 'running', created_at: '2026-01-01T00:00:00.000Z' };
      queue.tasks.set('task-1', task);

      const response = await request(app.getHttpServer()).get('/api/v1/execution/task/task-1');

      expect(response.status).toBe(200);
      expect(response.body).toEqual(task);
    });

    it('answers 404 for an unknown task', async () => {
      const response = await request(app.getHttpServer()).get('/api/v1/execution/task/no-such-task');

      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        statusCode: 404,
        message: 'task "no-such-task" not found (unknown, or its result has expired)',
        error: 'Not Found',
      });
    });

    it('cancels a running task: 202 with the task, the queue asked to cancel it', async () => {
      const task: TaskStatus = { task_id: 'task-2', status: 'running', progress: 50, stage: 'running', created_at: '2026-01-01T00:00:00.000Z' };
      queue.tasks.set('task-2', task);

      const response = await request(app.getHttpServer()).delete('/api/v1/execution/task/task-2');

      expect(response.status).toBe(202);
      expect(response.body).toEqual(task);
      expect(queue.cancelled).toEqual(['task-2']);
    });

    it('answers 409 to cancelling a task that has ended, naming how', async () => {
      queue.tasks.set('task-3', { task_id: 'task-3', status: 'completed', progress: 100, stage: 'finished', created_at: '2026-01-01T00:00:00.000Z' });

      const response = await request(app.getHttpServer()).delete('/api/v1/execution/task/task-3');

      expect(response.status).toBe(409);
      expect(response.body).toEqual({ statusCode: 409, message: 'task "task-3" has ended already (completed); nothing to cancel', error: 'Conflict' });
      expect(queue.cancelled).toEqual([]);
    });

    it('answers 404 to cancelling an unknown task', async () => {
      const response = await request(app.getHttpServer()).delete('/api/v1/execution/task/no-such-task');

      expect(response.status).toBe(404);
      expect(response.body.message).toBe('task "no-such-task" not found (unknown, or its result has expired)');
    });

    it('validates a JSON body and answers 200 with warnings', async () => {
      const response = await request(app.getHttpServer()).post(VALIDATE).send({ language: 'python', code: 'import subprocess\nprint(1)' });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        valid: true,
        errors: [],
        warnings: ['main.py:1: imports "subprocess", which is restricted in the sandbox'],
      });
      expect(queue.enqueued).toHaveLength(0);
    });

    it('validates the query form ?language=py&code=import%20subprocess and answers 200 with warnings', async () => {
      const response = await request(app.getHttpServer()).post(`${VALIDATE}?language=py&code=import%20subprocess`);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        valid: true,
        errors: [],
        warnings: ['main.py:1: imports "subprocess", which is restricted in the sandbox'],
      });
    });

    it('reports errors of the source in a 200 validation report', async () => {
      const response = await request(app.getHttpServer())
        .post(VALIDATE)
        .send({ language: 'java', files: [{ name: '../Main.java', content: 'class Main {}' }] });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ valid: false, errors: ['files[0].name "../Main.java" may not contain ".."'], warnings: [] });
    });

    it('rejects a validate request with neither code nor files with 400', async () => {
      const response = await request(app.getHttpServer()).post(`${VALIDATE}?language=python`);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest('exactly one of code or files must be given'));
    });

    it('rejects a validate request for an unknown language with 400, as for execute', async () => {
      const response = await request(app.getHttpServer()).post(`${VALIDATE}?language=brainfuck&code=x`);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(badRequest(`language "brainfuck" is not supported; use one of: ${SUPPORTED_NAMES}`));
    });
  });
});
