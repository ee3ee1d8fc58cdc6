import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { JsonBodyMiddleware } from './body-parser';

/** Parses JSON bodies on every route (Nest's own parser is off: see main.ts). */
@Module({})
export class BodyParserModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
