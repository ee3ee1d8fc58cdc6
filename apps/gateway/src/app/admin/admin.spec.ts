import { getQueueToken } from '@nestjs/bull';
import type { INestApplication } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { validateEnvironment } from '@ghostide/config';
import { EXECUTION_QUEUE, ExecutionStatus } from '@ghostide/contracts';
import Bull, { QueueOptions } from 'bull';
import request from 'supertest';
import { basicAuthPassword } from './admin-auth';
import { ADMIN_QUEUES_ROUTE, AdminModule } from './admin.module';
import { jobSummary, resultSummary } from './redacted-bull.adapter';

const TOKEN = 'a-dashboard-token-of-32-chars-xx';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('basicAuthPassword', () => {
  it.each([
    ['admin', TOKEN],
    ['', TOKEN],
    ['admin', 'pass:with:colons'],
  ])('takes the password of user %j', (user, password) => {
    expect(basicAuthPassword(basic(user, password))).toBe(password);
  });

  it.each([
    ['no header', undefined],
    ['a bearer token', `Bearer ${TOKEN}`],
    ['credentials without a colon', `Basic ${Buffer.from('admin').toString('base64')}`],
    ['something that is not base64', 'Basic ***'],
  ])('finds no password in %s', (_, header) => {
    expect(basicAuthPassword(header)).toBeUndefined();
  });
});

describe('the queue dashboard', () => {
  let app: INestApplication | undefined;
  let queue: Bull.Queue | undefined;

  /** The admin module alone, over a Bull queue that never connects: the gate answers before the dashboard asks Redis anything. */
  async function start(environment: Record<string, string>): Promise<INestApplication> {
    const config = validateEnvironment(environment);
    queue = new Bull(EXECUTION_QUEUE, { redis: { port: 1, lazyConnect: true }, skipVersionCheck: true } as QueueOptions);
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => config] }), AdminModule],
      providers: [{ provide: getQueueToken(EXECUTION_QUEUE), useValue: queue }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    return app;
  }

  afterEach(async () => {
    await app?.close();
    await queue?.close();
    app = undefined;
  });

  describe('without ADMIN_TOKEN', () => {
    it.each([ADMIN_QUEUES_ROUTE, `${ADMIN_QUEUES_ROUTE}/api/queues`])('answers %s with 404, as for any unknown path, even with credentials', async (path) => {
      const server = (await start({})).getHttpServer();

      const response = await request(server).get(path).set('Authorization', basic('admin', TOKEN));

      expect(response.status).toBe(404);
      expect(response.body).toEqual({ statusCode: 404, message: `Cannot GET ${path}`, error: 'Not Found' });
    });
  });

  describe('with ADMIN_TOKEN', () => {
    const UNAUTHORIZED = {
      statusCode: 401,
      message: 'the queue dashboard needs HTTP basic auth with ADMIN_TOKEN as the password',
      error: 'Unauthorized',
    };

    it.each([
      ['no credentials', undefined],
      ['a wrong password', basic('admin', `${TOKEN}x`)],
      ['the token as a bearer token (basic auth only)', `Bearer ${TOKEN}`],
      ['the token as the user name', basic(TOKEN, 'admin')],
    ])('answers 401 with a basic-auth challenge to %s', async (_, authorization) => {
      const server = (await start({ ADMIN_TOKEN: TOKEN })).getHttpServer();
      const call = request(server).get(ADMIN_QUEUES_ROUTE);
      if (authorization) call.set('Authorization', authorization);

      const response = await call;

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Basic realm="GhostIDE queue dashboard", charset="UTF-8"');
      expect(response.body).toEqual(UNAUTHORIZED);
    });

    it('guards the dashboard API and its static files too', async () => {
      const server = (await start({ ADMIN_TOKEN: TOKEN })).getHttpServer();

      expect((await request(server).get(`${ADMIN_QUEUES_ROUTE}/api/queues`)).status).toBe(401);
      expect((await request(server).get(`${ADMIN_QUEUES_ROUTE}/static/favicon-32x32.png`)).status).toBe(401);
    });

    it('serves the dashboard with the token as the password, whatever the user name', async () => {
      const server = (await start({ ADMIN_TOKEN: TOKEN })).getHttpServer();

      for (const user of ['admin', 'ops']) {
        const response = await request(server).get(ADMIN_QUEUES_ROUTE).set('Authorization', basic(user, TOKEN));
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.text).toContain('GhostIDE');
      }
    });
  });
});

describe('what the dashboard shows of a job', () => {
  it('shows the job without its source, stdin or args', () => {
    const summary = jobSummary({
      executionId: 'e-1',
      languageId: 'python',
      files: [{ name: 'main.py', content: 'print("SECRET")' }],
      stdin: 'SECRET',
      args: ['SECRET', 'x'],
      timeoutSeconds: 10,
      memoryLimitMb: 128,
      sessionId: 'tab-1',
      acceptedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(summary).toEqual({
      executionId: 'e-1',
      languageId: 'python',
      files: [{ name: 'main.py', bytes: 15 }],
      stdinBytes: 6,
      argCount: 2,
      timeoutSeconds: 10,
      memoryLimitMb: 128,
      sessionId: 'tab-1',
      acceptedAt: '2025-01-01T00:00:00.000Z',
    });
  });

  it('shows the result without its output', () => {
    const summary = resultSummary({
      execution_id: 'e-1',
      language: 'cpp',
      version: 'g++ 12',
      status: ExecutionStatus.Success,
      exit_code: 0,
      signal: null,
      stdout: 'SECRET\n',
      stderr: '',
      output_truncated: false,
      compile_output: 'SECRET warning',
      execution_time_ms: 5,
      cpu_time_ms: 5,
      memory_usage_kb: 900,
      compile_time_ms: 600,
      compile_cached: false,
    });
    expect(JSON.stringify(summary)).not.toContain('SECRET');
    expect(summary).toMatchObject({ status: 'success', stdout_bytes: 7, stderr_bytes: 0, compile_output_bytes: 14, execution_time_ms: 5 });
  });

  it('shows a job without a result yet as such', () => {
    expect(resultSummary(null)).toBeNull();
  });
});
