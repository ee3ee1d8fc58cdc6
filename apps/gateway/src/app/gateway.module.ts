import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AppConfig, AppConfigModule } from '@ghostide/config';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import { Judge0Module } from './compat/judge0/judge0.module';
import { PistonModule } from './compat/piston/piston.module';
import { ExecutionModule } from './execution/execution.module';
import { HealthModule } from './health/health.module';
import { LanguagesApiModule } from './languages/languages-api.module';

@Module({})
export class GatewayModule {
  /** The gateway for a validated configuration (loadEnvironment()), which places the Judge0 API (JUDGE0_PATH_PREFIX). */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        AppConfigModule,
        ExecutionModule,
        LanguagesApiModule,
        HealthModule,
        PistonModule,
        Judge0Module.register(config.compat.judge0PathPrefix),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
