// @Type() reads decorator metadata; in the app @nestjs/common loads reflect-metadata before this file.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment, sandboxRuntimeOf, validateEnvironment } from './environment';

/** The message validateEnvironment throws for this environment, or undefined when it accepts it. */
function rejection(raw: Record<string, unknown>): string | undefined {
  try {
    validateEnvironment(raw);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('validateEnvironment', () => {
  describe('defaults', () => {
    const config = validateEnvironment({});

    it('listens on 0.0.0.0:8000 and uses the local Redis', () => {
      expect(config.http).toEqual({ host: '0.0.0.0', port: 8000, trustProxy: false, corsOrigins: [] });
      expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379' });
    });

    it('bounds the queue: 200 waiting jobs, 30 s wait, results kept 3600 s', () => {
      expect(config.queue).toEqual({ maxWaitingJobs: 200, waitTimeoutSeconds: 30, resultTtlSeconds: 3600, resultMaxKept: 10_000 });
    });

    it('runs 2 jobs at once under a worker id derived from the host name', () => {
      expect(config.worker.concurrency).toBe(2);
      expect(config.worker.id).toMatch(/^worker-/);
    });

    it("serves the worker's health and metrics on 127.0.0.1:8081", () => {
      expect(config.worker).toMatchObject({ httpHost: '127.0.0.1', httpPort: 8081 });
    });

    it('logs at info, pretty on a terminal and JSON otherwise, and bounds each health probe to 2 s', () => {
      expect(config.log).toEqual({ level: 'info', format: 'auto' });
      expect(config.health).toEqual({ probeTimeoutMs: 2000 });
    });

    it('keeps the queue dashboard off', () => {
      expect(config.admin).toEqual({ token: undefined });
    });

    it('sandboxes with runc, half a CPU, 64 pids, 512 MB max memory, 64 MB tmpfs and 1 MB of output', () => {
      expect(config.sandbox).toMatchObject({
        runtime: 'runc',
        cpus: 0.5,
        pidsLimit: 64,
        maxMemoryMb: 512,
        tmpfsMb: 64,
        outputLimitBytes: 1024 * 1024,
        dockerSocketPath: '/var/run/docker.sock',
      });
    });

    it('isolates runs in jails of long-lived hosts, each replaced after 500 runs or 300 s unused', () => {
      expect(config.sandbox).toMatchObject({ isolation: 'host', hostMaxRuns: 500, hostIdleSeconds: 300 });
    });

    it('keeps 2 started sandboxes per language, with no per-language sizes, and a 64 MB compile cache', () => {
      expect(config.sandbox).toMatchObject({ poolSize: 2, poolSizes: {}, compileCacheMb: 64 });
    });

    it('limits executions to 120 a minute per client and 60 per session, with at most 10 queued per session', () => {
      expect(config.rateLimit).toEqual({ clientPerMinute: 120, sessionPerMinute: 60, sessionMaxQueuedJobs: 10 });
    });

    it('only warns about restricted source by default', () => {
      expect(config.validation.policy).toBe('warn');
    });

    it('serves the Judge0-compatible API under /judge0', () => {
      expect(config.compat).toEqual({ judge0PathPrefix: '/judge0' });
    });
  });

  describe('values from the environment', () => {
    it('parses numbers given as strings, as environment variables always are', () => {
      const config = validateEnvironment({
        PORT: '8080',
        WORKER_CONCURRENCY: '4',
        SANDBOX_CPUS: '1.5',
        SANDBOX_PIDS_LIMIT: '128',
        SANDBOX_MAX_MEMORY_MB: '1024',
        SANDBOX_TMPFS_MB: '32',
        SANDBOX_OUTPUT_LIMIT_BYTES: '65536',
        RESULT_TTL_SECONDS: '60',
        RESULT_MAX_KEPT: '500',
        QUEUE_MAX_WAITING_JOBS: '10',
        QUEUE_WAIT_TIMEOUT_SECONDS: '5',
        WORKER_HTTP_PORT: '9100',
        HEALTH_PROBE_TIMEOUT_MS: '500',
      });
      expect(config.http.port).toBe(8080);
      expect(config.worker.httpPort).toBe(9100);
      expect(config.health.probeTimeoutMs).toBe(500);
      expect(config.worker.concurrency).toBe(4);
      expect(config.sandbox).toMatchObject({ cpus: 1.5, pidsLimit: 128, maxMemoryMb: 1024, tmpfsMb: 32, outputLimitBytes: 65536 });
      expect(config.queue).toEqual({ maxWaitingJobs: 10, waitTimeoutSeconds: 5, resultTtlSeconds: 60, resultMaxKept: 500 });
    });

    it('takes string settings as given', () => {
      const config = validateEnvironment({
        HOST: '127.0.0.1',
        REDIS_URL: 'rediss://cache.internal:6380',
        WORKER_ID: 'worker-a.1_b',
        SANDBOX_RUNTIME: 'runsc',
        DOCKER_SOCKET_PATH: '/run/user/1000/docker.sock',
        VALIDATION_POLICY: 'block',
        WORKER_HTTP_HOST: '0.0.0.0',
        LOG_LEVEL: 'debug',
        LOG_FORMAT: 'json',
        ADMIN_TOKEN: 'a-token-of-24-characters',
      });
      expect(config.http.host).toBe('127.0.0.1');
      expect(config.redis.url).toBe('rediss://cache.internal:6380');
      expect(config.worker.id).toBe('worker-a.1_b');
      expect(config.sandbox.runtime).toBe('runsc');
      expect(config.sandbox.dockerSocketPath).toBe('/run/user/1000/docker.sock');
      expect(config.validation.policy).toBe('block');
      expect(config.worker.httpHost).toBe('0.0.0.0');
      expect(config.log).toEqual({ level: 'debug', format: 'json' });
      expect(config.admin.token).toBe('a-token-of-24-characters');
    });

    it('accepts WORKER_HTTP_PORT=0: several workers on one host each take a free port', () => {
      expect(validateEnvironment({ WORKER_HTTP_PORT: '0' }).worker.httpPort).toBe(0);
    });

    it('reads an empty ADMIN_TOKEN as no token: the dashboard stays off', () => {
      expect(validateEnvironment({ ADMIN_TOKEN: '' }).admin.token).toBeUndefined();
    });

    it('parses per-language pool sizes, allowing spaces around names and sizes', () => {
      expect(validateEnvironment({ SANDBOX_POOL_SIZES: 'java=1, cpp = 3' }).sandbox.poolSizes).toEqual({ java: 1, cpp: 3 });
    });

    it('parses CORS origins: a list, any ("*"), or none', () => {
      expect(validateEnvironment({ CORS_ORIGINS: 'https://ide.example.com, http://localhost:3000' }).http.corsOrigins).toEqual([
        'https://ide.example.com',
        'http://localhost:3000',
      ]);
      expect(validateEnvironment({ CORS_ORIGINS: '*' }).http.corsOrigins).toBe('*');
      expect(validateEnvironment({ CORS_ORIGINS: '' }).http.corsOrigins).toEqual([]);
    });

    it('parses per-language runtimes, and each language without one gets SANDBOX_RUNTIME', () => {
      const { sandbox } = validateEnvironment({ SANDBOX_RUNTIMES: 'python=runsc, javascript = runsc' });
      expect(sandbox.runtimes).toEqual({ python: 'runsc', javascript: 'runsc' });
      expect(sandboxRuntimeOf(sandbox, 'python')).toBe('runsc');
      expect(sandboxRuntimeOf(sandbox, 'cpp')).toBe('runc');
      expect(sandboxRuntimeOf(validateEnvironment({ SANDBOX_RUNTIME: 'runsc', SANDBOX_RUNTIMES: 'cpp=runc' }).sandbox, 'java')).toBe('runsc');
    });

    it('takes single-use containers and the host recycling settings', () => {
      const config = validateEnvironment({ SANDBOX_ISOLATION: 'container', SANDBOX_HOST_MAX_RUNS: '1', SANDBOX_HOST_IDLE_SECONDS: '60' });
      expect(config.sandbox).toMatchObject({ isolation: 'container', hostMaxRuns: 1, hostIdleSeconds: 60 });
    });

    it('accepts 0 to turn the pool and the compile cache off', () => {
      expect(validateEnvironment({ SANDBOX_POOL_SIZE: '0', COMPILE_CACHE_MB: '0' }).sandbox).toMatchObject({ poolSize: 0, compileCacheMb: 0 });
    });

    it('accepts 0 to turn each rate limit and the per-session bound off', () => {
      const config = validateEnvironment({ RATE_LIMIT_CLIENT_PER_MINUTE: '0', RATE_LIMIT_SESSION_PER_MINUTE: '0', SESSION_MAX_QUEUED_JOBS: '0' });
      expect(config.rateLimit).toEqual({ clientPerMinute: 0, sessionPerMinute: 0, sessionMaxQueuedJobs: 0 });
    });

    it.each([
      { value: 'false', trustProxy: false },
      { value: 'true', trustProxy: true },
      { value: '2', trustProxy: 2 },
      { value: 'loopback', trustProxy: ['loopback'] },
      { value: 'loopback, 10.0.0.0/8,::1', trustProxy: ['loopback', '10.0.0.0/8', '::1'] },
    ])('reads TRUST_PROXY=$value as Express takes it', ({ value, trustProxy }) => {
      expect(validateEnvironment({ TRUST_PROXY: value }).http.trustProxy).toEqual(trustProxy);
    });

    it('ignores variables it does not know', () => {
      expect(() => validateEnvironment({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
    });
  });

  it.each([
    ['/judge0', '/judge0'],
    ['/judge0/', '/judge0'],
    ['/compat/judge0-ce', '/compat/judge0-ce'],
    ['/apis', '/apis'],
    ['', ''],
    ['/', ''],
  ])('takes JUDGE0_PATH_PREFIX=%j as the path prefix %j', (value, prefix) => {
    expect(validateEnvironment({ JUDGE0_PATH_PREFIX: value }).compat.judge0PathPrefix).toBe(prefix);
  });

  describe('bad values', () => {
    it.each([
      { setting: 'PORT', value: '0' },
      { setting: 'PORT', value: '65536' },
      { setting: 'PORT', value: '80.5' },
      { setting: 'PORT', value: 'eighty' },
      { setting: 'REDIS_URL', value: 'http://127.0.0.1:6379' },
      { setting: 'REDIS_URL', value: 'redis://' },
      { setting: 'WORKER_ID', value: 'worker/1' },
      { setting: 'WORKER_ID', value: 'w'.repeat(65) },
      { setting: 'SANDBOX_ISOLATION', value: 'jail' },
      { setting: 'SANDBOX_HOST_MAX_RUNS', value: '0' },
      { setting: 'SANDBOX_HOST_IDLE_SECONDS', value: '5' },
      { setting: 'WORKER_CONCURRENCY', value: '0' },
      { setting: 'WORKER_CONCURRENCY', value: '65' },
      { setting: 'SANDBOX_RUNTIME', value: 'kata' },
      { setting: 'SANDBOX_CPUS', value: '0.01' },
      { setting: 'SANDBOX_CPUS', value: '65' },
      { setting: 'SANDBOX_PIDS_LIMIT', value: '7' },
      { setting: 'SANDBOX_PIDS_LIMIT', value: '4097' },
      { setting: 'SANDBOX_MAX_MEMORY_MB', value: '63' },
      { setting: 'SANDBOX_MAX_MEMORY_MB', value: '65537' },
      { setting: 'SANDBOX_TMPFS_MB', value: '0' },
      { setting: 'SANDBOX_OUTPUT_LIMIT_BYTES', value: '1023' },
      { setting: 'SANDBOX_POOL_SIZE', value: '33' },
      { setting: 'SANDBOX_POOL_SIZES', value: 'java:1' },
      { setting: 'SANDBOX_POOL_SIZES', value: 'java=1,' },
      { setting: 'SANDBOX_RUNTIMES', value: 'python=kata' },
      { setting: 'SANDBOX_RUNTIMES', value: 'python:runsc' },
      { setting: 'COMPILE_CACHE_MB', value: '-1' },
      { setting: 'RESULT_TTL_SECONDS', value: '9' },
      { setting: 'RESULT_MAX_KEPT', value: '99' },
      { setting: 'QUEUE_MAX_WAITING_JOBS', value: '0' },
      { setting: 'QUEUE_WAIT_TIMEOUT_SECONDS', value: '601' },
      { setting: 'VALIDATION_POLICY', value: 'deny' },
      { setting: 'RATE_LIMIT_CLIENT_PER_MINUTE', value: '-1' },
      { setting: 'RATE_LIMIT_SESSION_PER_MINUTE', value: '1.5' },
      { setting: 'SESSION_MAX_QUEUED_JOBS', value: 'ten' },
      { setting: 'TRUST_PROXY', value: 'yes' },
      { setting: 'CORS_ORIGINS', value: 'ide.example.com' },
      { setting: 'CORS_ORIGINS', value: 'https://ide.example.com/path' },
      { setting: 'CORS_ORIGINS', value: '*, https://ide.example.com' },
      { setting: 'TRUST_PROXY', value: 'proxy.internal' },
      { setting: 'TRUST_PROXY', value: '10.0.0.0/8,' },
      { setting: 'HOST', value: '' },
      { setting: 'WORKER_HTTP_HOST', value: '' },
      { setting: 'WORKER_HTTP_PORT', value: '-1' },
      { setting: 'WORKER_HTTP_PORT', value: '65536' },
      { setting: 'DOCKER_SOCKET_PATH', value: '' },
      { setting: 'LOG_LEVEL', value: 'verbose' },
      { setting: 'LOG_FORMAT', value: 'text' },
      { setting: 'HEALTH_PROBE_TIMEOUT_MS', value: '99' },
      { setting: 'HEALTH_PROBE_TIMEOUT_MS', value: '2s' },
      { setting: 'ADMIN_TOKEN', value: 'short' },
      { setting: 'ADMIN_TOKEN', value: 'sixteen chars with spaces' },
      { setting: 'JUDGE0_PATH_PREFIX', value: 'judge0' },
      { setting: 'JUDGE0_PATH_PREFIX', value: '/api' },
      { setting: 'JUDGE0_PATH_PREFIX', value: '/health/judge0' },
      { setting: 'JUDGE0_PATH_PREFIX', value: '/judge0//x' },
      { setting: 'JUDGE0_PATH_PREFIX', value: '/judge 0' },
    ])('rejects $setting=$value with a message naming $setting', ({ setting, value }) => {
      const message = rejection({ [setting]: value });
      expect(message).toMatch(/^Invalid configuration: /);
      expect(message).toContain(`${setting}=`);
    });

    it('names every bad setting in one message, so start-up shows all fixes at once', () => {
      const message = rejection({ PORT: '0', SANDBOX_RUNTIME: 'kata', VALIDATION_POLICY: 'deny' });
      expect(message).toContain('PORT=');
      expect(message).toContain('SANDBOX_RUNTIME=');
      expect(message).toContain('VALIDATION_POLICY=');
    });

    it('does not name the settings that are fine', () => {
      const message = rejection({ PORT: '0', HOST: 'localhost' });
      expect(message).toContain('PORT=');
      expect(message).not.toContain('HOST=');
    });

    it('quotes a bad value as it was set, not as the number it failed to become', () => {
      expect(rejection({ PORT: 'eighty' })).toContain('PORT="eighty": PORT must be an integer number');
    });

    it('never shows the value of ADMIN_TOKEN, only its length and the rule', () => {
      const message = rejection({ ADMIN_TOKEN: 'secret-but-short' + ' x' });
      expect(message).toContain('ADMIN_TOKEN=<hidden, 18 characters>: ADMIN_TOKEN must be 16 to 256 characters');
      expect(message).not.toContain('secret');
    });

    it('states the rule in the message, e.g. the form a Redis URL must have', () => {
      expect(rejection({ REDIS_URL: 'localhost:6379' })).toContain('REDIS_URL must look like redis://host:port');
    });
  });
});

describe('the documentation of the settings', () => {
  const root = join(__dirname, '../../../..');
  const defaults = Object.entries(new Environment());
  /** KEY=value lines of .env.example; a commented-out line (# KEY=) documents a setting without a fixed default. */
  const example = new Map(
    [...readFileSync(join(root, '.env.example'), 'utf8').matchAll(/^(# )?([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, commented, key, value]) => [
      key,
      commented ? undefined : value,
    ]),
  );
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it.each(defaults)('.env.example lists %s with its default', (key, value) => {
    expect(example.has(key)).toBe(true);
    if (key !== 'WORKER_ID') expect(example.get(key)).toBe(String(value));
  });

  it.each(defaults)('the README table names %s', (key) => {
    expect(readme).toMatch(new RegExp(`^\\| [^|]*\`${key}\``, 'm'));
  });
});
