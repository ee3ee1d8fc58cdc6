import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { gzipSync } from 'node:zlib';
import { createGatewayTestApp } from '../testing/gateway-test-app';
import { isNestedDeeperThan, MAX_BODY_DEPTH } from './body-parser';

const EXECUTE = '/api/v1/execution/execute';

/** A superagent serializer that sends a Buffer byte for byte (by default it would JSON-encode it as application/json). */
const asIs = (body: unknown) => body as string;

function nestedArrays(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe('isNestedDeeperThan', () => {
  it.each([null, 1, 'x', true, undefined])('finds no nesting in the scalar %j', (value) => {
    expect(isNestedDeeperThan(value, 0)).toBe(false);
  });

  it('counts the value itself as level 1', () => {
    expect(isNestedDeeperThan({ files: [{ name: 'main.py' }] }, 3)).toBe(false);
    expect(isNestedDeeperThan({ files: [{ name: 'main.py' }] }, 2)).toBe(true);
    expect(isNestedDeeperThan(nestedArrays(MAX_BODY_DEPTH), MAX_BODY_DEPTH)).toBe(false);
    expect(isNestedDeeperThan(nestedArrays(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH)).toBe(true);
  });

  it('finds deep nesting in any branch, not only the first', () => {
    expect(isNestedDeeperThan({ a: 1, b: [2, 3], c: { d: nestedArrays(40) } }, MAX_BODY_DEPTH)).toBe(true);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(isNestedDeeperThan(nestedArrays(100_000), MAX_BODY_DEPTH)).toBe(true);
  });
});

describe('JsonBodyMiddleware', () => {
  let app: INestApplication;

  beforeEach(async () => {
    app = await createGatewayTestApp();
  });

  afterEach(async () => {
    await app.close();
  });

  // Found by execution.fuzz.spec.ts: class-transformer recursed once per level and overflowed the stack into a 500.
  it('rejects 10,000 nested arrays with 400 naming the depth limit', async () => {
    const body = `{"language":"python","code":"x","args":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;

    const response = await request(app.getHttpServer()).post(EXECUTE).set('Content-Type', 'application/json').send(body);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      message: [`request body is nested more than ${MAX_BODY_DEPTH} levels deep`],
      error: 'Bad Request',
    });
  });

  // Found by execution.fuzz.spec.ts: zlib's error has no body-parser type and came out as {statusCode, message} without error.
  it('rejects a body that is not gzip data under Content-Encoding: gzip with 400 in the API error shape', async () => {
    const response = await request(app.getHttpServer())
      .post(EXECUTE)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .serialize(asIs)
      .send(Buffer.from('{"language":"python","code":"print(1)"}'));

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      message: ['request body could not be decoded as Content-Encoding "gzip"'],
      error: 'Bad Request',
    });
  });

  it('accepts a gzip-compressed JSON body', async () => {
    const response = await request(app.getHttpServer())
      .post(EXECUTE)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .serialize(asIs)
      .send(gzipSync(Buffer.from('{"language":"python","code":"print(1)"}')));

    expect({ status: response.status, body: response.body }).toMatchObject({ status: 200, body: { status: 'success' } });
  });

  it('rejects a Content-Encoding it does not support with 415', async () => {
    const response = await request(app.getHttpServer())
      .post(EXECUTE)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'compress')
      .serialize(asIs)
      .send(Buffer.from('{}'));

    expect(response.status).toBe(415);
    expect(response.body).toEqual({
      statusCode: 415,
      message: ['request body could not be read: unsupported content encoding "compress"'],
      error: 'Unsupported Media Type',
    });
  });
});
