import type { DynamicModule, INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { Test } from '@nestjs/testing';
import { ThrottlerModule, ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig, validateEnvironment } from '@ghostide/config';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionEvents, ExecutionQueue } from '@ghostide/queue';
import { loggerParams, MetricsModule } from '@ghostide/observability';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { BodyParserModule } from '../common/body-parser.module';
import { FOREIGN_ERROR_SHAPES, HttpExceptionFilter } from '../common/http-exception.filter';
import { useCors } from '../common/cors';
import { useTrustProxy } from '../common/trust-proxy';
import { createValidationPipe } from '../common/validation';
import { foreignErrorShapes } from '../compat/foreign-error-shapes';
import { judge0Controller } from '../compat/judge0/judge0.controller';
import { Judge0Service } from '../compat/judge0/judge0.service';
import { PistonController } from '../compat/piston/piston.controller';
import { PistonService } from '../compat/piston/piston.service';
import { ExecutionController } from '../execution/execution.controller';
import { ExecutionRequestValidator } from '../execution/execution-request.validator';
import { ExecutionService } from '../execution/execution.service';
import { TaskEventsController } from '../execution/task-events.controller';
import { HealthController } from '../health/health.controller';
import { QueueHealthIndicator } from '../health/indicators/queue.indicator';
import { LanguagesController } from '../languages/languages.controller';
import { GATEWAY_METRICS } from '../metrics/gateway-metrics';
import { executionThrottlers } from '../rate-limit/execution-throttlers';
import { FakeExecutionEvents } from './fake-execution-events';
import { FakeExecutionQueue } from './fake-execution-queue';

/** Deployment settings of the test app: small enough that tests can reach each limit. */
export const TEST_ENVIRONMENT = {
  SANDBOX_MAX_MEMORY_MB: '256',
  QUEUE_MAX_WAITING_JOBS: '3',
  WORKER_ID: 'worker-test',
  RATE_LIMIT_CLIENT_PER_MINUTE: '10',
  RATE_LIMIT_SESSION_PER_MINUTE: '4',
  SESSION_MAX_QUEUED_JOBS: '2',
};

export interface GatewayTestAppOptions {
  /** Stands in for Bull and Redis; a fresh one when omitted. */
  executionQueue?: FakeExecutionQueue;
  /** Stands in for the tasks' event streams in Redis; a fresh one when omitted. */
  executionEvents?: FakeExecutionEvents;
  /** Replaces the real ExecutionService (which then runs against executionQueue). */
  executionService?: Partial<Record<keyof ExecutionService, unknown>>;
  /** Runs before init, after the body parser, as main.ts's setUpSwagger does. */
  configure?: (app: INestApplication) => void;
  /** Settings over TEST_ENVIRONMENT, e.g. { RATE_LIMIT_CLIENT_PER_MINUTE: '0' }. */
  environment?: Record<string, string>;
  /** Where the rate limits count; by default @nestjs/throttler's in-memory storage, fresh per app. */
  throttlerStorage?: ThrottlerStorage;
  /** Logs as main.ts does (JSON lines, one per request) into this stream; without it the app logs nothing. */
  logStream?: DestinationStream;
}

/** Global, as AppConfigModule is: modules such as BodyParserModule inject ConfigService too. */
class TestConfigModule {}

function testConfigModule(config: AppConfig): DynamicModule {
  const provider = { provide: ConfigService, useValue: new ConfigService<AppConfig, true>(config) };
  return { module: TestConfigModule, global: true, providers: [provider], exports: [ConfigService] };
}

/**
 * The gateway's real controllers, pipe, filter, JSON body parser, metrics and logging, wired as
 * GatewayModule and main.ts wire them, but on a fake queue instead of Bull,
 * so no Redis is needed. The app is initialised; close it after the test.
 */
export async function createGatewayTestApp(options: GatewayTestAppOptions = {}): Promise<INestApplication> {
  const config = validateEnvironment({ ...TEST_ENVIRONMENT, ...options.environment });
  const builder = Test.createTestingModule({
    imports: [
      TerminusModule,
      LanguagesModule,
      testConfigModule(config),
      BodyParserModule,
      MetricsModule,
      ...(options.logStream ? [LoggerModule.forRoot(loggerParams({ app: 'gateway', log: config.log, stream: options.logStream }))] : []),
      // As RateLimitModule, with the storage in memory instead of in Redis.
      ThrottlerModule.forRoot({ throttlers: executionThrottlers(config.rateLimit), storage: options.throttlerStorage }),
    ],
    controllers: [ExecutionController, TaskEventsController, LanguagesController, HealthController, PistonController, judge0Controller(config.compat.judge0PathPrefix)],
    providers: [
      ...GATEWAY_METRICS,
      ExecutionService,
      ExecutionRequestValidator,
      PistonService,
      Judge0Service,
      QueueHealthIndicator,
      { provide: ExecutionQueue, useValue: options.executionQueue ?? new FakeExecutionQueue() },
      { provide: ExecutionEvents, useValue: options.executionEvents ?? new FakeExecutionEvents() },
      { provide: APP_PIPE, useFactory: createValidationPipe },
      { provide: APP_FILTER, useClass: HttpExceptionFilter },
      { provide: FOREIGN_ERROR_SHAPES, useValue: foreignErrorShapes(config.compat.judge0PathPrefix) },
    ],
  });
  if (options.executionService) builder.overrideProvider(ExecutionService).useValue(options.executionService);
  const moduleRef = await builder.compile();
  // As in main.ts: Nest's body parser off, ours (JSON errors in the API's shape) on.
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  if (options.logStream) app.useLogger(app.get(Logger));
  useTrustProxy(app);
  useCors(app);
  options.configure?.(app);
  await app.init();
  return app;
}
