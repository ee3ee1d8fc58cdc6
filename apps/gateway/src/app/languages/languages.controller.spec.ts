import type { INestApplication } from '@nestjs/common';
import { LanguageRegistry } from '@ghostide/languages';
import request from 'supertest';
import { FakeExecutionQueue } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

const PYTHON_INFO = {
  id: 'python',
  name: 'Python',
  version: 'Python 3.11.2',
  aliases: ['py', 'python3'],
  extensions: ['.py'],
  compiled: false,
  default_timeout: 10,
  max_timeout: 30,
  default_memory_limit_mb: 128,
  installed: true,
  sample: 'print("Hello, world!")\n',
};

describe('LanguagesController', () => {
  let app: INestApplication;
  let queue: FakeExecutionQueue;

  beforeEach(async () => {
    queue = new FakeExecutionQueue();
    app = await createGatewayTestApp({ executionQueue: queue });
  });

  afterEach(async () => {
    await app.close();
  });

  it('lists every supported language with the version a live worker read from its image', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/execution/languages');

    expect(response.status).toBe(200);
    expect(response.body.map((language: { id: string }) => language.id)).toEqual(new LanguageRegistry().languages.map((language) => language.id));
    expect(response.body[0]).toEqual(PYTHON_INFO);
    expect(response.body[2]).toMatchObject({ id: 'java', compiled: true, version: 'unknown', installed: false, default_memory_limit_mb: 256 });
  });

  it('still lists the languages, with version "unknown", while Redis is down', async () => {
    queue.redisError = new Error('connect ECONNREFUSED 127.0.0.1:6379');

    const response = await request(app.getHttpServer()).get('/api/v1/execution/languages');

    expect(response.status).toBe(200);
    expect(response.body[0]).toEqual({ ...PYTHON_INFO, version: 'unknown', installed: false });
  });

  it('finds a language by alias in any case (PY)', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/execution/languages/PY');

    expect(response.status).toBe(200);
    expect(response.body).toEqual(PYTHON_INFO);
  });

  it('answers 404 naming an unknown language and listing the supported ones', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/execution/languages/brainfuck');

    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      statusCode: 404,
      message: `language "brainfuck" is not supported; use one of: ${new LanguageRegistry().names().join(', ')}`,
      error: 'Not Found',
    });
  });
});
