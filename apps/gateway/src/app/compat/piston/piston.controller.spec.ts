import type { INestApplication } from '@nestjs/common';
import { ExecutionStatus } from '@ghostide/contracts';
import request from 'supertest';
import { FakeExecutionQueue, liveWorker, successResult } from '../../testing/fake-execution-queue';
import { createGatewayTestApp } from '../../testing/gateway-test-app';

const EXECUTE = '/api/v2/execute';

/** The body piston-client 1.0.2 posts for execute('python', code): no file name, args 1 2 3, memory -1. */
const PISTON_CLIENT_BODY = {
  language: 'python',
  version: '3.11.2',
  files: [{ content: 'print(input())' }],
  stdin: '',
  args: ['1', '2', '3'],
  compile_timeout: 10000,
  run_timeout: 3000,
  compile_memory_limit: -1,
  run_memory_limit: -1,
};

describe('PistonController', () => {
  let app: INestApplication | undefined;
  let queue: FakeExecutionQueue;

  async function start(environment: Record<string, string> = {}): Promise<INestApplication> {
    queue = new FakeExecutionQueue();
    app = await createGatewayTestApp({ executionQueue: queue, environment: { RATE_LIMIT_CLIENT_PER_MINUTE: '0', ...environment } });
    return app;
  }

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('lists the runtimes under Piston names, with the versions the live workers report', async () => {
    const server = (await start()).getHttpServer();

    const response = await request(server).get('/api/v2/runtimes');

    expect(response.status).toBe(200);
    expect(response.body).toEqual(expect.arrayContaining([
      { language: 'python', version: '3.11.2', aliases: ['py', 'python3'] },
      { language: 'javascript', version: '20.19.0', aliases: ['js', 'node', 'nodejs'], runtime: 'node' },
      { language: 'java', version: '0.0.0', aliases: ['jdk', 'openjdk'] },
      { language: 'c++', version: '0.0.0', aliases: ['cpp', 'g++', 'cxx'], runtime: 'gcc' },
    ]));
  });

  it("runs piston-client's request, posted as text/plain, through the queue and answers in Piston's shape", async () => {
    const server = (await start()).getHttpServer();

    const response = await request(server).post(EXECUTE).set('Content-Type', 'text/plain;charset=UTF-8').send(JSON.stringify(PISTON_CLIENT_BODY));

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      language: 'python',
      version: '3.11.2',
      run: { stdout: 'hello\n', stderr: '', output: 'hello\n', code: 0, signal: null, status: null, message: null, memory: 8_192_000, wall_time: 12 },
    });
    expect(queue.enqueued).toEqual([
      expect.objectContaining({
        languageId: 'python',
        files: [{ name: 'main.py', content: 'print(input())' }],
        stdin: '\n',
        args: ['1', '2', '3'],
        timeoutSeconds: 3,
        memoryLimitMb: 128,
      }),
    ]);
  });

  it('answers a compile error with run being the compile stage', async () => {
    const server = (await start()).getHttpServer();
    queue.workers = [liveWorker({ languageVersions: { cpp: 'g++ (Debian 12.2.0-14) 12.2.0' } })];
    queue.finish = async (data) => ({
      ...successResult(data),
      status: ExecutionStatus.CompileError,
      exit_code: null,
      stdout: '',
      compile_output: 'main.cpp: error\n',
    });

    const response = await request(server).post(EXECUTE).send({ language: 'c++', version: '*', files: [{ content: 'int main( {' }] });

    expect(response.status).toBe(200);
    expect(response.body.compile).toMatchObject({ code: 1, stderr: 'main.cpp: error\n' });
    expect(response.body.run).toEqual(response.body.compile);
  });

  it.each([
    ['an unknown language', { ...PISTON_CLIENT_BODY, language: 'brainfuck' }, 'brainfuck-3.11.2 runtime is unknown'],
    ['no version', { ...PISTON_CLIENT_BODY, version: undefined }, 'version is required as a string'],
    ['a timeout over ours', { ...PISTON_CLIENT_BODY, run_timeout: 60000 }, 'run_timeout cannot exceed the configured limit of 30000'],
    ['numbers for args (our validation)', { ...PISTON_CLIENT_BODY, args: [1, 2] }, 'each value in args must be a string'],
    ['a file name out of the workspace', { ...PISTON_CLIENT_BODY, files: [{ name: '../x.py', content: 'print(1)' }] }, '"../x.py"'],
  ])('answers %s with 400 and {message} naming the problem, queueing nothing', async (_case, body, message) => {
    const server = (await start()).getHttpServer();

    const response = await request(server).post(EXECUTE).send(body);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: expect.stringContaining(message) });
    expect(queue.enqueued).toHaveLength(0);
  });

  it('answers malformed JSON with 400 in Piston\'s shape', async () => {
    const server = (await start()).getHttpServer();

    const response = await request(server).post(EXECUTE).set('Content-Type', 'text/plain').send('{"language": ');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: expect.stringMatching(/^request body is not valid JSON: /) });
  });

  it('answers 503 with Retry-After and {message} when no worker is alive', async () => {
    const server = (await start()).getHttpServer();
    queue.workers = [];

    const response = await request(server).post(EXECUTE).send(PISTON_CLIENT_BODY);

    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toEqual({ message: 'no execution worker is available' });
  });

  it('shares the per-client rate limit with our own execute, answering 429 in its shape', async () => {
    const server = (await start({ RATE_LIMIT_CLIENT_PER_MINUTE: '2' })).getHttpServer();
    expect((await request(server).post('/api/v1/execution/execute').send({ language: 'python', code: 'print(1)' })).status).toBe(200);
    expect((await request(server).post(EXECUTE).send(PISTON_CLIENT_BODY)).status).toBe(200);

    const response = await request(server).post(EXECUTE).send(PISTON_CLIENT_BODY);

    expect(response.status).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(response.body).toEqual({ message: 'per-client rate limit exceeded: at most 2 executions a minute from one client address' });
  });

  it('refuses JSON as text/plain from a page whose origin CORS_ORIGINS does not allow, with 415, and runs nothing', async () => {
    const server = (await start({ CORS_ORIGINS: 'https://ide.example.com' })).getHttpServer();

    const response = await request(server)
      .post(EXECUTE)
      .set('Content-Type', 'text/plain')
      .set('Origin', 'https://elsewhere.example')
      .send(JSON.stringify(PISTON_CLIENT_BODY));

    expect(response.status).toBe(415);
    expect(response.body.message).toContain('JSON sent as text/plain is accepted only from origins CORS_ORIGINS allows');
    expect(queue.enqueued).toHaveLength(0);
  });

  it('accepts JSON as text/plain from an origin CORS_ORIGINS allows', async () => {
    const server = (await start({ CORS_ORIGINS: 'https://ide.example.com' })).getHttpServer();

    const response = await request(server)
      .post(EXECUTE)
      .set('Content-Type', 'text/plain')
      .set('Origin', 'https://ide.example.com')
      .send(JSON.stringify(PISTON_CLIENT_BODY));

    expect(response.status).toBe(200);
  });

  it('does not parse text/plain as JSON on our own API', async () => {
    const server = (await start()).getHttpServer();

    const response = await request(server)
      .post('/api/v1/execution/execute')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ language: 'python', code: 'print(1)' }));

    expect(response.status).toBe(400);
    expect(queue.enqueued).toHaveLength(0);
  });
});
