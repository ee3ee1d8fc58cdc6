import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { hostname } from 'node:os';

/**
 * Every setting of the service, read once from the environment at start-up.
 * The defaults here are the documented ones (README "Configuration", .env.example).
 */
export class Environment {
  @IsOptional() @IsString()
  HOST = '0.0.0.0';

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  PORT = 8000;

  @IsOptional() @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must look like redis://host:port' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Names this worker's containers; unique per worker so a restarted worker removes only its own orphans. */
  @IsOptional() @Matches(/^[\w.-]{1,64}$/, { message: 'WORKER_ID may use letters, digits, ".", "_" and "-" (at most 64)' })
  WORKER_ID = `worker-${hostname()}`;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(64)
  WORKER_CONCURRENCY = 2;

  @IsOptional() @IsIn(['runc', 'runsc'])
  SANDBOX_RUNTIME: 'runc' | 'runsc' = 'runc';

  @IsOptional() @Type(() => Number) @IsNumber() @Min(0.05) @Max(64)
  SANDBOX_CPUS = 0.5;

  @IsOptional() @Type(() => Number) @IsInt() @Min(8) @Max(4096)
  SANDBOX_PIDS_LIMIT = 64;

  @IsOptional() @Type(() => Number) @IsInt() @Min(64) @Max(65536)
  SANDBOX_MAX_MEMORY_MB = 512;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(4096)
  SANDBOX_TMPFS_MB = 64;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(64 * 1024 * 1024)
  SANDBOX_OUTPUT_LIMIT_BYTES = 1024 * 1024;

  @IsOptional() @IsString()
  DOCKER_SOCKET_PATH = '/var/run/docker.sock';

  /** Started sandboxes kept waiting per language; 0 starts every sandbox cold. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(32)
  SANDBOX_POOL_SIZE = 2;

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

  @IsOptional() @IsIn(['warn', 'block'])
  VALIDATION_POLICY: 'warn' | 'block' = 'warn';
}

/** The typed configuration every module reads through ConfigService<AppConfig, true>. */
export interface AppConfig {
  http: { host: string; port: number };
  redis: { url: string };
  queue: {
    /** Waiting jobs beyond which new executions get 503 + Retry-After. */
    maxWaitingJobs: number;
    /** How long a sync request waits for a worker to pick its job up. */
    waitTimeoutSeconds: number;
    /** How long finished task results stay readable. */
    resultTtlSeconds: number;
  };
  worker: { id: string; concurrency: number };
  sandbox: {
    runtime: 'runc' | 'runsc';
    cpus: number;
    pidsLimit: number;
    maxMemoryMb: number;
    tmpfsMb: number;
    outputLimitBytes: number;
    dockerSocketPath: string;
    poolSize: number;
    /** Language id → pool size, overriding poolSize. */
    poolSizes: Record<string, number>;
    compileCacheMb: number;
  };
  validation: { policy: 'warn' | 'block' };
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
      Object.values(error.constraints ?? {}).map((rule) => `${error.property}=${JSON.stringify(raw[error.property])}: ${rule}`),
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return {
    http: { host: env.HOST, port: env.PORT },
    redis: { url: env.REDIS_URL },
    queue: {
      maxWaitingJobs: env.QUEUE_MAX_WAITING_JOBS,
      waitTimeoutSeconds: env.QUEUE_WAIT_TIMEOUT_SECONDS,
      resultTtlSeconds: env.RESULT_TTL_SECONDS,
    },
    worker: { id: env.WORKER_ID, concurrency: env.WORKER_CONCURRENCY },
    sandbox: {
      runtime: env.SANDBOX_RUNTIME,
      cpus: env.SANDBOX_CPUS,
      pidsLimit: env.SANDBOX_PIDS_LIMIT,
      maxMemoryMb: env.SANDBOX_MAX_MEMORY_MB,
      tmpfsMb: env.SANDBOX_TMPFS_MB,
      outputLimitBytes: env.SANDBOX_OUTPUT_LIMIT_BYTES,
      dockerSocketPath: env.DOCKER_SOCKET_PATH,
      poolSize: env.SANDBOX_POOL_SIZE,
      poolSizes: parsePoolSizes(env.SANDBOX_POOL_SIZES),
      compileCacheMb: env.COMPILE_CACHE_MB,
    },
    validation: { policy: env.VALIDATION_POLICY },
  };
}

/** "java=1, cpp=3" → { java: 1, cpp: 3 }; the format was validated already. */
function parsePoolSizes(value: string): Record<string, number> {
  const pairs = value.split(',').filter((pair) => pair.trim() !== '').map((pair) => pair.split('='));
  return Object.fromEntries(pairs.map(([id, size]) => [id.trim(), Number(size)]));
}
