import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { JsonBodyMiddleware, TextPlainJsonBodyMiddleware } from './body-parser';

/**
 * Paths whose clients send JSON as text/plain: Piston's API (/api/v2), for
 * piston-client, which sets no Content-Type. Real Piston answers those 415.
 */
const TEXT_PLAIN_JSON_PATHS = ['api/v2/{*path}'];

/** Parses JSON bodies on every route (Nest's own parser is off: see main.ts). */
@Module({})
export class BodyParserModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
    consumer.apply(TextPlainJsonBodyMiddleware).forRoutes(...TEXT_PLAIN_JSON_PATHS.map((path) => ({ path, method: RequestMethod.ALL })));
  }
}
