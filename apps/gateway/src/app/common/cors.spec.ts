import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createGatewayTestApp } from '../testing/gateway-test-app';

const LANGUAGES = '/api/v1/execution/languages';
const IDE = 'https://ide.example.com';

describe('CORS (CORS_ORIGINS)', () => {
  let app: INestApplication | undefined;
  afterEach(() => app?.close());

  /** A browser's preflight for a JSON POST from origin. */
  const preflight = (origin: string) =>
    request(app?.getHttpServer())
      .options('/api/v1/execution/execute')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type');

  it('allows no other origin by default', async () => {
    app = await createGatewayTestApp();
    const response = await request(app.getHttpServer()).get(LANGUAGES).set('Origin', IDE);
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a listed origin\'s preflight and exposes Retry-After and X-Request-Id to it', async () => {
    app = await createGatewayTestApp({ environment: { CORS_ORIGINS: `${IDE}, http://localhost:3000` } });
    const response = await preflight(IDE);
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(IDE);
    expect(response.headers['access-control-allow-headers']).toMatch(/content-type/i);
    const get = await request(app.getHttpServer()).get(LANGUAGES).set('Origin', IDE);
    expect(get.headers['access-control-expose-headers']).toBe('Retry-After,X-Request-Id');
  });

  it('gives an origin not on the list no CORS headers', async () => {
    app = await createGatewayTestApp({ environment: { CORS_ORIGINS: IDE } });
    const response = await preflight('https://evil.example.com');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows any origin with "*"', async () => {
    app = await createGatewayTestApp({ environment: { CORS_ORIGINS: '*' } });
    const response = await preflight('https://anywhere.example.com');
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });
});
