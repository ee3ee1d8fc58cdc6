import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

/** What a user submits; none of it may appear in a log line. */
const SOURCE = 'print("SECRET-SOURCE-7f1c")';
const STDIN = 'SECRET-STDIN-9a2b';
const ARG = 'SECRET-ARG-3c4d';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  req?: { id: string; method: string; path: string };
  res?: { statusCode: number };
  responseTime?: number;
  [field: string]: unknown;
}

const INFO = 30;
const WARN = 40;

describe('request logging', () => {
  let app: INestApplication;
  let lines: LogLine[];

  beforeAll(async () => {
    lines = [];
    app = await createGatewayTestApp({
      executionQueue: new FakeExecutionQueue(),
      logStream: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) },
    });
  });

  afterAll(async () => {
    await app.close();
  });

  /** The request line of one request: pino-http writes it when the response has finished. */
  async function requestLine(requestId: string): Promise<LogLine> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const found = lines.filter((line) => line.req?.id === requestId && line.res);
      if (found.length > 1) throw new Error(`request ${requestId} was logged ${found.length} times`);
      if (found.length === 1) return found[0];
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no request line for ${requestId}`);
  }

  it('writes one JSON line per request with its id, method, path, status and time', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/execution/execute')
      .set('X-Request-Id', 'req-execute-1')
      .send({ language: 'python', code: SOURCE, stdin: STDIN, args: [ARG] });

    expect(response.status).toBe(200);
    expect(response.headers['x-request-id']).toBe('req-execute-1');
    expect(await requestLine('req-execute-1')).toMatchObject({
      level: INFO,
      app: 'gateway',
      msg: 'POST /api/v1/execution/execute 200',
      req: { id: 'req-execute-1', method: 'POST', path: '/api/v1/execution/execute' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
  });

  it('tags what the app logs during a request with the request id', async () => {
    await request(app.getHttpServer()).post('/api/v1/execution/execute').set('X-Request-Id', 'req-execute-2').send({ language: 'python', code: SOURCE });

    await requestLine('req-execute-2');
    const queued = lines.find((line) => line.reqId === 'req-execute-2' && line.msg.endsWith('queued'));
    expect(queued).toMatchObject({ level: INFO, context: 'ExecutionService', language: 'python', executionId: expect.any(String) });
  });

  it('logs a request the body parser rejects, without its body', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/execution/execute')
      .set('X-Request-Id', 'req-malformed')
      .set('Content-Type', 'application/json')
      .send(`{"language": "python", "code": ${JSON.stringify(SOURCE)}, "stdin": `);

    expect(response.status).toBe(400);
    expect(await requestLine('req-malformed')).toMatchObject({ level: WARN, msg: 'POST /api/v1/execution/execute 400' });
  });

  it('logs the path of validate without its query string, which holds the source', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/execution/validate')
      .query({ language: 'python', code: SOURCE })
      .set('X-Request-Id', 'req-validate');

    expect(response.status).toBe(200);
    expect((await requestLine('req-validate')).req).toEqual({
      id: 'req-validate',
      method: 'POST',
      path: '/api/v1/execution/validate',
      remoteAddress: expect.any(String),
    });
  });

  it('never writes the source, stdin or args of any request above into the log', () => {
    expect(lines.length).toBeGreaterThan(4);
    expect(JSON.stringify(lines)).not.toMatch(/SECRET/);
  });
});
