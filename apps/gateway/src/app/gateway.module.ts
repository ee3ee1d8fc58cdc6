import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AppConfigModule } from '@ghostide/config';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import { ExecutionModule } from './execution/execution.module';
import { HealthModule } from './health/health.module';
import { LanguagesApiModule } from './languages/languages-api.module';

@Module({
  imports: [AppConfigModule, ExecutionModule, LanguagesApiModule, HealthModule],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class GatewayModule {}
