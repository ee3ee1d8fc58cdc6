import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createGatewayTestApp } from '../testing/gateway-test-app';
import { usePlayground } from './playground';

describe('usePlayground', () => {
  let assetsDir: string;
  let app: INestApplication;

  beforeAll(async () => {
    assetsDir = mkdtempSync(join(tmpdir(), 'playground-'));
    writeFileSync(join(assetsDir, 'index.html'), '<!doctype html><title>GhostIDE playground</title>');
    writeFileSync(join(assetsDir, 'playground.js'), 'console.log("page");');
    app = await createGatewayTestApp({ configure: (nestApp) => usePlayground(nestApp as NestExpressApplication, assetsDir) });
  });

  afterAll(async () => {
    await app.close();
    rmSync(assetsDir, { recursive: true, force: true });
  });

  it('serves the page at / and its script beside it', async () => {
    const page = await request(app.getHttpServer()).get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('GhostIDE playground');

    const script = await request(app.getHttpServer()).get('/playground.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('leaves the API to its routes', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/execution/languages');
    expect(response.status).toBe(200);
    expect(response.body.map((language: { id: string }) => language.id)).toContain('python');
  });

  it('answers an unknown path with the API 404, not the page', async () => {
    const response = await request(app.getHttpServer()).get('/no-such-page');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ statusCode: 404, message: 'Cannot GET /no-such-page', error: 'Not Found' });
  });

  it('refuses to start without the built page, naming the folder and the build command', () => {
    const empty = mkdtempSync(join(tmpdir(), 'playground-empty-'));
    try {
      expect(() => usePlayground(app as NestExpressApplication, empty)).toThrow(
        `the playground page is missing from ${empty}: build the gateway with "npx nx run gateway:build"`,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
