import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@ghostide/config';
import { loggerParams, MetricsModule } from '@ghostide/observability';
import { LoggerModule } from 'nestjs-pino';
import { AdminModule } from './admin/admin.module';
import { BodyParserModule } from './common/body-parser.module';
import { FOREIGN_ERROR_SHAPES, HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import { foreignErrorShapes } from './compat/foreign-error-shapes';
import { Judge0Module } from './compat/judge0/judge0.module';
import { PistonModule } from './compat/piston/piston.module';
import { ExecutionModule } from './execution/execution.module';
import { HealthModule } from './health/health.module';
import { LanguagesApiModule } from './languages/languages-api.module';
import { GatewayMetricsModule } from './metrics/gateway-metrics';

@Module({})
export class GatewayModule {
  /** The gateway for a validated configuration (loadEnvironment()), which places the Judge0 API (JUDGE0_PATH_PREFIX). */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        AppConfigModule,
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (appConfig: ConfigService<AppConfig, true>) => loggerParams({ app: 'gateway', log: appConfig.get('log', { infer: true }) }),
        }),
        BodyParserModule,
        MetricsModule,
        GatewayMetricsModule,
        ExecutionModule,
        LanguagesApiModule,
        HealthModule,
        AdminModule,
        PistonModule,
        Judge0Module.register(config.compat.judge0PathPrefix),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: FOREIGN_ERROR_SHAPES, useValue: foreignErrorShapes(config.compat.judge0PathPrefix) },
      ],
    };
  }
}
