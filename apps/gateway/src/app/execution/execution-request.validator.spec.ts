import type { INestApplication } from '@nestjs/common';
import { LanguageRegistry } from '@ghostide/languages';
import request from 'supertest';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

/** Every way into a Python run, each with one well-formed request. */
const ENTRY_POINTS: { name: string; path: string; body: object; status: number }[] = [
  { name: 'execute', path: '/api/v1/execution/execute', body: { language: 'py', code: 'print(1)' }, status: 200 },
  { name: 'execute/async', path: '/api/v1/execution/execute/async', body: { language: 'py', code: 'print(1)' }, status: 202 },
  { name: 'validate', path: '/api/v1/execution/validate', body: { language: 'py', code: 'print(1)' }, status: 200 },
  { name: "Piston's execute", path: '/api/v2/execute', body: { language: 'python', version: '*', files: [{ content: 'print(1)' }] }, status: 200 },
  { name: "Judge0's submissions", path: '/judge0/submissions', body: { language_id: 71, source_code: 'print(1)' }, status: 201 },
];

describe('ExecutionRequestValidator: one validation step for every entry point', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createGatewayTestApp({ executionQueue: new FakeExecutionQueue(), environment: { RATE_LIMIT_CLIENT_PER_MINUTE: '0' } });
  });

  afterAll(() => app.close());

  afterEach(() => jest.restoreAllMocks());

  it.each(ENTRY_POINTS)('$name resolves the language once from the registry and checks the source once', async ({ path, body, status }) => {
    const registry = app.get(LanguageRegistry);
    const python = registry.find('python');
    if (!python) throw new Error('python is not registered');
    const find = jest.spyOn(registry, 'find');
    const checkSource = jest.spyOn(python, 'checkSource');

    const response = await request(app.getHttpServer()).post(path).send(body);

    expect(response.status).toBe(status);
    expect(find).toHaveBeenCalledTimes(1);
    expect(checkSource).toHaveBeenCalledTimes(1);
  });

  it("lists the unsupported language with the other fields' problems, in one 400", async () => {
    const find = jest.spyOn(app.get(LanguageRegistry), 'find');

    const response = await request(app.getHttpServer())
      .post('/api/v1/execution/execute')
      .send({ language: 'klingon', code: 'x', timeout: 'soon' });

    expect(response.status).toBe(400);
    expect(response.body.message).toEqual([
      'timeout must not be greater than 30',
      'timeout must not be less than 1',
      'timeout must be a number conforming to the specified constraints',
      expect.stringMatching(/^language "klingon" is not supported; use one of: python, /),
    ]);
    expect(find).toHaveBeenCalledTimes(1);
  });

  it.each([
    [{ compile_timeout: 31 }, 'compile_timeout must not be greater than 30 for C++ (g++)'],
    [{ compile_memory_limit_mb: 513 }, "compile_memory_limit_mb must not be greater than 512 (this deployment's maximum)"],
    [{ compile_timeout: 0 }, 'compile_timeout must not be less than 1'],
  ])('refuses the compile limits %j of a C++ run with 400: %s', async (limits, message) => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/execution/execute/async')
      .send({ language: 'cpp', code: 'int main() {}', ...limits });

    expect(response.status).toBe(400);
    expect(response.body.message).toEqual([message]);
  });

  it('ignores compile limits where there is no compile stage: one body fits every language', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/v1/execution/execute/async')
      .send({ language: 'python', code: 'print(1)', compile_timeout: 99, compile_memory_limit_mb: 4096 });

    expect(response.status).toBe(202);
  });
});
