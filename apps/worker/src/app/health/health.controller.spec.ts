import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { AppConfig, validateEnvironment } from '@ghostide/config';
import { LanguageRegistry, LanguagesModule } from '@ghostide/languages';
import { SandboxRunner, SandboxStats } from '@ghostide/sandbox';
import request from 'supertest';
import { HealthController } from './health.controller';
import { SandboxHealthIndicator } from './indicators/sandbox.indicator';

const PROBE_TIMEOUT_MS = 200;

/** The part of SandboxRunner readiness asks; tests set what the engine answers. */
class FakeSandbox {
  engineError?: Error;
  /** When set, the engine never answers. */
  hangs = false;
  missing: string[] = [];
  stats: SandboxStats = {
    idleByPool: { 'ghostide-sandbox-python@128m/runc': 2 },
    poolsWarmedUp: true,
    poolHits: 0,
    poolMisses: 0,
    containersCreated: 2,
    containersRemoved: 0,
    hostsRecycled: 0,
  };

  ping(): Promise<void> {
    return this.answer(undefined);
  }

  missingImages(): Promise<string[]> {
    return this.answer(this.missing);
  }

  private answer<T>(value: T): Promise<T> {
    if (this.hangs) return new Promise<T>(() => undefined);
    return this.engineError ? Promise.reject(this.engineError) : Promise.resolve(value);
  }
}

describe('worker HealthController', () => {
  let app: INestApplication;
  let sandbox: FakeSandbox;

  beforeEach(async () => {
    sandbox = new FakeSandbox();
    const config = validateEnvironment({ HEALTH_PROBE_TIMEOUT_MS: String(PROBE_TIMEOUT_MS) });
    const moduleRef = await Test.createTestingModule({
      imports: [TerminusModule, LanguagesModule],
      controllers: [HealthController],
      providers: [
        SandboxHealthIndicator,
        { provide: SandboxRunner, useValue: { ping: () => sandbox.ping(), missingImages: () => sandbox.missingImages(), stats: () => sandbox.stats } },
        { provide: ConfigService, useValue: new ConfigService<AppConfig, true>(config) },
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterEach(async () => {
    await app.close();
  });

  it('is live whatever the engine says', async () => {
    sandbox.engineError = new Error('connect ENOENT /var/run/docker.sock');

    const response = await request(app.getHttpServer()).get('/health/live');

    expect(response.status).toBe(200);
  });

  it('is ready with the engine up, every image present and the pools filled', async () => {
    const images = new Set(new LanguageRegistry().languages.map((language) => language.image)).size;

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(200);
    expect(response.body.details).toEqual({
      docker: { status: 'up' },
      images: { status: 'up', present: images },
      pool: { status: 'up', idle: { 'ghostide-sandbox-python@128m/runc': 2 } },
    });
  });

  it('answers 503 naming docker and images when the engine is down', async () => {
    sandbox.engineError = new Error('connect ENOENT /var/run/docker.sock');

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(response.body.error).toEqual({
      docker: { status: 'down', message: 'the Docker engine is not reachable: connect ENOENT /var/run/docker.sock' },
      images: { status: 'down', message: 'the sandbox images could not be looked up: connect ENOENT /var/run/docker.sock' },
    });
  });

  it('stays ready with images missing (built in the background), naming them and how to build them', async () => {
    sandbox.missing = ['ghostide-sandbox-java'];
    const images = new Set(new LanguageRegistry().languages.map((language) => language.image)).size;

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(200);
    expect(response.body.details.images).toEqual({
      status: 'up',
      present: images - 1,
      missing: ['ghostide-sandbox-java'],
      hint: 'build them with "npm run setup -- --languages all"',
    });
  });

  it('answers 503 naming pool while the warm pools are still filling', async () => {
    sandbox.stats = { ...sandbox.stats, poolsWarmedUp: false, idleByPool: { 'ghostide-sandbox-python@128m/runc': 1 } };

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(response.body.error).toEqual({
      pool: { status: 'down', message: 'the warm pools are still filling', idle: { 'ghostide-sandbox-python@128m/runc': 1 } },
    });
  });

  it('answers 503 within the probe timeout when the engine hangs', async () => {
    sandbox.hangs = true;
    const startedAt = Date.now();

    const response = await request(app.getHttpServer()).get('/health/ready');

    expect(response.status).toBe(503);
    expect(Date.now() - startedAt).toBeLessThan(PROBE_TIMEOUT_MS + 1_000);
    expect(response.body.error.docker.message).toBe(`the Docker engine is not reachable: pinging the Docker engine took longer than ${PROBE_TIMEOUT_MS} ms`);
  });
});
