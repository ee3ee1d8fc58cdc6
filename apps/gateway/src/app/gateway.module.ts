import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@ghostide/config';
import { loggerParams, MetricsModule } from '@ghostide/observability';
import { LoggerModule } from 'nestjs-pino';
import { AdminModule } from './admin/admin.module';
import { BodyParserModule } from './common/body-parser.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import { ExecutionModule } from './execution/execution.module';
import { HealthModule } from './health/health.module';
import { LanguagesApiModule } from './languages/languages-api.module';
import { GatewayMetricsModule } from './metrics/gateway-metrics';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => loggerParams({ app: 'gateway', log: config.get('log', { infer: true }) }),
    }),
    BodyParserModule,
    MetricsModule,
    GatewayMetricsModule,
    ExecutionModule,
    LanguagesApiModule,
    HealthModule,
    AdminModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class GatewayModule {}
