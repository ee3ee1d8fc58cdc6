import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { hostname } from 'node:os';

/** One proxy Express's "trust proxy" takes: a name (loopback, linklocal, uniquelocal) or an IPv4/IPv6 address or subnet. */
const TRUSTED_PROXY = String.raw`\s*(loopback|linklocal|uniquelocal|[\da-fA-F]*[.:][\da-fA-F.:]*(\/\d{1,3})?)\s*`;
/** TRUST_PROXY: false, true, a hop count, or a comma-separated list of TRUSTED_PROXY. */
const TRUST_PROXY_PATTERN = new RegExp(String.raw`^(true|false|\d{1,2}|${TRUSTED_PROXY}(,${TRUSTED_PROXY})*)$`);
/** JUDGE0_PATH_PREFIX: empty, or /segment[/segment...] whose first segment is not api or health; a trailing "/" is allowed. */
const JUDGE0_PATH_PREFIX_PATTERN = /^(\/?|\/(?!(api|health)(\/|$))[\w-]+(\/[\w-]+)*\/?)$/i;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
/** Settings whose values never appear in an error message. */
const SECRET_SETTINGS = new Set(['ADMIN_TOKEN']);

/**
 * Every setting of the service, read once from the environment at start-up.
 * The defaults here are the documented ones (README "Configuration", .env.example).
 */
export class Environment {
  @IsOptional() @IsString() @IsNotEmpty()
  HOST = '0.0.0.0';

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  PORT = 8000;

  /**
   * Which proxies in front of the gateway may set X-Forwarded-For, and so the
   * client address rate limits count by: "false" (the socket's peer), a hop
   * count, or addresses/subnets as Express takes them. "true" trusts any
   * sender, so only where nothing reaches the gateway but the proxy.
   */
  @IsOptional() @Matches(TRUST_PROXY_PATTERN, {
    message: 'TRUST_PROXY must be false, true, a hop count, or a comma-separated list of addresses/subnets (e.g. "loopback, 10.0.0.0/8")',
  })
  TRUST_PROXY = 'false';

  /**
   * Web origins whose pages may call the API from a browser (CORS): empty for
   * none but the gateway's own (the playground), "*" for any, or a
   * comma-separated list such as "https://ide.example.com".
   */
  @IsOptional() @Matches(/^(\*|\s*https?:\/\/[^\s,/]+\s*(,\s*https?:\/\/[^\s,/]+\s*)*)?$/, {
    message: 'CORS_ORIGINS must be empty, "*", or comma-separated origins such as "https://ide.example.com, http://localhost:3000"',
  })
  CORS_ORIGINS = '';

  @IsOptional() @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must look like redis://host:port' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Names this worker's containers; unique per worker so a restarted worker removes only its own orphans. */
  @IsOptional() @Matches(/^[\w.-]{1,64}$/, { message: 'WORKER_ID may use letters, digits, ".", "_" and "-" (at most 64)' })
  WORKER_ID = `worker-${hostname()}`;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(64)
  WORKER_CONCURRENCY = 2;

  /** Where the worker's health and metrics server listens; loopback unless a scraper on another machine needs it. */
  @IsOptional() @IsString() @IsNotEmpty()
  WORKER_HTTP_HOST = '127.0.0.1';

  /** 0: any free port, for several workers on one host; the bound port is logged and published in the heartbeat. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  WORKER_HTTP_PORT = 8081;

  /**
   * host: long-lived sandbox containers per language whose agent runs each stage in a fresh jail;
   * container: one single-use container per run.
   */
  @IsOptional() @IsIn(['host', 'container'])
  SANDBOX_ISOLATION: SandboxIsolation = 'host';

  /** Runs one host serves before it is replaced by a fresh one. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  SANDBOX_HOST_MAX_RUNS = 500;

  /** A host unused this long is replaced by a fresh one. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(10) @Max(24 * 3600)
  SANDBOX_HOST_IDLE_SECONDS = 300;

  /** Container runtime of every language not named in SANDBOX_RUNTIMES: runc, or runsc (gVisor). */
  @IsOptional() @IsIn(['runc', 'runsc'])
  SANDBOX_RUNTIME: SandboxRuntime = 'runc';

  /** Per-language runtimes over SANDBOX_RUNTIME, e.g. "python=runsc,javascript=runsc". */
  @IsOptional() @Matches(/^(\s*[a-z][a-z0-9-]*\s*=\s*(runc|runsc)\s*)(,\s*[a-z][a-z0-9-]*\s*=\s*(runc|runsc)\s*)*$|^$/, {
    message: 'SANDBOX_RUNTIMES must look like "python=runsc,cpp=runc" (language id = runc or runsc, comma-separated)',
  })
  SANDBOX_RUNTIMES = '';

  @IsOptional() @Type(() => Number) @IsNumber() @Min(0.05) @Max(64)
  SANDBOX_CPUS = 0.5;

  @IsOptional() @Type(() => Number) @IsInt() @Min(8) @Max(4096)
  SANDBOX_PIDS_LIMIT = 64;

  @IsOptional() @Type(() => Number) @IsInt() @Min(64) @Max(65536)
  SANDBOX_MAX_MEMORY_MB = 512;

  /**
   * Memory of a compile stage: compilers need more than the programs they build (g++ on <regex>
   * is killed at 128 MB). The compile runs in a sandbox of this size, the program in one of its own limit.
   */
  @IsOptional() @Type(() => Number) @IsInt() @Min(64) @Max(65536)
  SANDBOX_COMPILE_MEMORY_MB = 512;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(4096)
  SANDBOX_TMPFS_MB = 64;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(64 * 1024 * 1024)
  SANDBOX_OUTPUT_LIMIT_BYTES = 1024 * 1024;

  @IsOptional() @IsString() @IsNotEmpty()
  DOCKER_SOCKET_PATH = '/var/run/docker.sock';

  /** Started sandboxes kept waiting per language; 0 starts every sandbox cold. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(32)
  SANDBOX_POOL_SIZE = 2;

  /**
   * Languages whose sandboxes are kept started, SANDBOX_POOL_SIZE each: "all", or
   * comma-separated ids. Others start cold (unless SANDBOX_POOL_SIZES names them):
   * forty languages of warm sandboxes would hold memory for languages seldom run.
   */
  @IsOptional() @Matches(/^all$|^\s*[a-z][a-z0-9-]*\s*(,\s*[a-z][a-z0-9-]*\s*)*$/, {
    message: 'SANDBOX_WARM_LANGUAGES must be "all" or language ids, comma-separated, e.g. "python,cpp"',
  })
  SANDBOX_WARM_LANGUAGES = 'python,javascript,java,cpp';

  /** Per-language pool sizes over SANDBOX_POOL_SIZE, e.g. "java=1,cpp=3". */
  @IsOptional() @Matches(/^(\s*[a-z][a-z0-9-]*\s*=\s*\d{1,2}\s*)(,\s*[a-z][a-z0-9-]*\s*=\s*\d{1,2}\s*)*$|^$/, {
    message: 'SANDBOX_POOL_SIZES must look like "java=1,cpp=3" (language id = size, comma-separated)',
  })
  SANDBOX_POOL_SIZES = '';

  /** Memory for compiled programs kept by the compile cache; 0 disables it. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(4096)
  COMPILE_CACHE_MB = 64;

  @IsOptional() @Type(() => Number) @IsInt() @Min(10) @Max(7 * 24 * 3600)
  RESULT_TTL_SECONDS = 3600;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  QUEUE_MAX_WAITING_JOBS = 200;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(600)
  QUEUE_WAIT_TIMEOUT_SECONDS = 30;

  // ---- What the queue keeps in Redis (Redis runs with maxmemory and noeviction: scripts/setup.sh).
  /**
   * Finished jobs (results) kept at most, each of completed and failed, besides
   * RESULT_TTL_SECONDS' bound on their age: a burst of runs cannot fill Redis
   * with results no one reads.
   */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(1_000_000)
  RESULT_MAX_KEPT = 10_000;

  /** Executions (execute and execute/async) one client address may start per minute; 0: no limit. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000)
  RATE_LIMIT_CLIENT_PER_MINUTE = 120;

  /** Executions one session_id may start per minute; 0: no limit. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000)
  RATE_LIMIT_SESSION_PER_MINUTE = 60;

  /** Executions one session_id may have waiting or running at once; 0: no bound. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(10_000)
  SESSION_MAX_QUEUED_JOBS = 10;

  @IsOptional() @IsIn(['warn', 'block'])
  VALIDATION_POLICY: 'warn' | 'block' = 'warn';

  @IsOptional() @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** auto: readable lines (pino-pretty) when stdout is a terminal, JSON lines otherwise. */
  @IsOptional() @IsIn(LOG_FORMATS)
  LOG_FORMAT: (typeof LOG_FORMATS)[number] = 'auto';

  /** Bound on each health probe (Redis, workers, Docker, ...): a hung dependency reads as down, not as a hung probe. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(60_000)
  HEALTH_PROBE_TIMEOUT_MS = 2_000;

  /** Turns the queue dashboard (/admin/queues) on, behind this token; empty: off. */
  @IsOptional() @Matches(/^(\S{16,256})?$/, {
    message: 'ADMIN_TOKEN must be 16 to 256 characters without spaces (e.g. from "openssl rand -hex 24"), or empty to keep the dashboard off',
  })
  ADMIN_TOKEN = '';

  /**
   * Where the Judge0-compatible API is served: a path such as /judge0, or empty
   * for the root, where Judge0 itself serves it. Not under /api or /health,
   * which are the service's own.
   */
  @IsOptional() @Matches(JUDGE0_PATH_PREFIX_PATTERN, {
    message: 'JUDGE0_PATH_PREFIX must be empty (the root) or a path such as /judge0 (letters, digits, "_", "-"), not under /api or /health',
  })
  JUDGE0_PATH_PREFIX = '/judge0';
}

/** How runs are isolated: jails in long-lived host containers, or a container each. */
export type SandboxIsolation = 'host' | 'container';

/** The OCI runtimes a sandbox can use: runc (Docker's default) or runsc (gVisor). */
export type SandboxRuntime = 'runc' | 'runsc';

/** The typed configuration every module reads through ConfigService<AppConfig, true>. */
export interface AppConfig {
  http: {
    host: string;
    port: number;
    /** Express's "trust proxy" value: false, true, a hop count, or trusted addresses/subnets. */
    trustProxy: boolean | number | string[];
    /** Origins allowed to call from a browser: none (empty list), any ("*"), or these. */
    corsOrigins: '*' | string[];
  };
  redis: { url: string };
  queue: {
    /** Waiting jobs beyond which new executions get 503 + Retry-After. */
    maxWaitingJobs: number;
    /** How long a sync request waits for a worker to pick its job up. */
    waitTimeoutSeconds: number;
    /** How long finished task results stay readable. */
    resultTtlSeconds: number;
    /** Finished jobs kept at most (each of completed and failed); older ones go first. */
    resultMaxKept: number;
  };
  rateLimit: {
    /** Executions per minute per client address (execute and execute/async together); 0: no limit. */
    clientPerMinute: number;
    /** Executions per minute per session_id; 0: no limit. */
    sessionPerMinute: number;
    /** Executions a session_id may have waiting or running at once; 0: no bound. */
    sessionMaxQueuedJobs: number;
  };
  worker: {
    id: string;
    concurrency: number;
    /** Host and port of the worker's health and metrics server; port 0: any free port. */
    httpHost: string;
    httpPort: number;
  };
  sandbox: {
    isolation: SandboxIsolation;
    /** Runs per host before it is replaced (isolation host). */
    hostMaxRuns: number;
    /** Idle seconds after which a host is replaced (isolation host). */
    hostIdleSeconds: number;
    /** Runtime of languages not in runtimes. */
    runtime: SandboxRuntime;
    /** Language id → runtime, overriding runtime. */
    runtimes: Record<string, SandboxRuntime>;
    cpus: number;
    pidsLimit: number;
    maxMemoryMb: number;
    compileMemoryMb: number;
    tmpfsMb: number;
    outputLimitBytes: number;
    dockerSocketPath: string;
    poolSize: number;
    /** Languages poolSize applies to; "all", or ids (the others get 0). */
    warmLanguages: 'all' | string[];
    /** Language id → pool size, overriding poolSize. */
    poolSizes: Record<string, number>;
    compileCacheMb: number;
  };
  validation: { policy: 'warn' | 'block' };
  log: {
    level: Environment['LOG_LEVEL'];
    /** auto: pretty when stdout is a terminal, else JSON. */
    format: Environment['LOG_FORMAT'];
  };
  health: { probeTimeoutMs: number };
  /** The queue dashboard's token; undefined: the dashboard is off. */
  admin: { token: string | undefined };
  compat: {
    /** Path the Judge0-compatible API is served under: "" (the root) or "/judge0"-like, never with a trailing "/". */
    judge0PathPrefix: string;
  };
}

/**
 * Validates the raw environment; throws one error naming every bad setting and
 * its rule, so start-up stops with the fix in the message.
 */
export function validateEnvironment(raw: Record<string, unknown>): AppConfig {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    // Quote the value as it was set: the converted one is NaN (shown as null) for PORT=eighty.
    const problems = errors.flatMap((error) =>
      Object.values(error.constraints ?? {}).map((rule) => `${error.property}=${quoted(error.property, raw[error.property])}: ${rule}`),
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return {
    http: { host: env.HOST, port: env.PORT, trustProxy: parseTrustProxy(env.TRUST_PROXY), corsOrigins: parseCorsOrigins(env.CORS_ORIGINS) },
    redis: { url: env.REDIS_URL },
    queue: {
      maxWaitingJobs: env.QUEUE_MAX_WAITING_JOBS,
      waitTimeoutSeconds: env.QUEUE_WAIT_TIMEOUT_SECONDS,
      resultTtlSeconds: env.RESULT_TTL_SECONDS,
      resultMaxKept: env.RESULT_MAX_KEPT,
    },
    rateLimit: {
      clientPerMinute: env.RATE_LIMIT_CLIENT_PER_MINUTE,
      sessionPerMinute: env.RATE_LIMIT_SESSION_PER_MINUTE,
      sessionMaxQueuedJobs: env.SESSION_MAX_QUEUED_JOBS,
    },
    worker: {
      id: env.WORKER_ID,
      concurrency: env.WORKER_CONCURRENCY,
      httpHost: env.WORKER_HTTP_HOST,
      httpPort: env.WORKER_HTTP_PORT,
    },
    sandbox: {
      isolation: env.SANDBOX_ISOLATION,
      hostMaxRuns: env.SANDBOX_HOST_MAX_RUNS,
      hostIdleSeconds: env.SANDBOX_HOST_IDLE_SECONDS,
      runtime: env.SANDBOX_RUNTIME,
      runtimes: parseLanguageSettings(env.SANDBOX_RUNTIMES, (value) => value as SandboxRuntime),
      cpus: env.SANDBOX_CPUS,
      pidsLimit: env.SANDBOX_PIDS_LIMIT,
      maxMemoryMb: env.SANDBOX_MAX_MEMORY_MB,
      compileMemoryMb: env.SANDBOX_COMPILE_MEMORY_MB,
      tmpfsMb: env.SANDBOX_TMPFS_MB,
      outputLimitBytes: env.SANDBOX_OUTPUT_LIMIT_BYTES,
      dockerSocketPath: env.DOCKER_SOCKET_PATH,
      poolSize: env.SANDBOX_POOL_SIZE,
      warmLanguages: env.SANDBOX_WARM_LANGUAGES === 'all' ? 'all' : env.SANDBOX_WARM_LANGUAGES.split(',').map((id) => id.trim()),
      poolSizes: parseLanguageSettings(env.SANDBOX_POOL_SIZES, Number),
      compileCacheMb: env.COMPILE_CACHE_MB,
    },
    validation: { policy: env.VALIDATION_POLICY },
    log: { level: env.LOG_LEVEL, format: env.LOG_FORMAT },
    health: { probeTimeoutMs: env.HEALTH_PROBE_TIMEOUT_MS },
    admin: { token: env.ADMIN_TOKEN === '' ? undefined : env.ADMIN_TOKEN },
    compat: { judge0PathPrefix: env.JUDGE0_PATH_PREFIX.replace(/\/$/, '') },
  };
}

/** The AppConfig of this process's environment; throws naming every bad setting. */
export function loadEnvironment(): AppConfig {
  return validateEnvironment(process.env);
}

/** A setting's raw value for an error message; a secret shows only its length, as start-up errors end up in logs. */
function quoted(setting: string, value: unknown): string {
  if (SECRET_SETTINGS.has(setting) && typeof value === 'string') return `<hidden, ${value.length} characters>`;
  return JSON.stringify(value);
}

/** "java=1, cpp=3" → { java: 1, cpp: 3 } (values through parse); the format was validated already. */
function parseLanguageSettings<T>(value: string, parse: (value: string) => T): Record<string, T> {
  const pairs = value.split(',').filter((pair) => pair.trim() !== '').map((pair) => pair.split('='));
  return Object.fromEntries(pairs.map(([id, setting]) => [id.trim(), parse(setting.trim())]));
}

/** The runtime a language's sandboxes use: its SANDBOX_RUNTIMES entry, else SANDBOX_RUNTIME. */
export function sandboxRuntimeOf(sandbox: AppConfig['sandbox'], languageId: string): SandboxRuntime {
  return sandbox.runtimes[languageId] ?? sandbox.runtime;
}

/** "" → [], "*" → "*", "https://a.example, https://b.example" → the list; the format was validated already. */
function parseCorsOrigins(value: string): '*' | string[] {
  if (value.trim() === '*') return '*';
  return value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
}

/** "false" → false, "true" → true, "2" → 2 hops, "loopback, 10.0.0.0/8" → the list; the format was validated already. */
function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}
