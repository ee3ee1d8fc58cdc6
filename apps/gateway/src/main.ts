import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@ghostide/config';
import { Logger as PinoLogger } from 'nestjs-pino';
import { useTrustProxy } from './app/common/trust-proxy';
import { GatewayModule } from './app/gateway.module';
import { setUpSwagger } from './app/openapi';

async function bootstrap(): Promise<void> {
  // Nest's body parser answers bad JSON with HTML; ours (BodyParserModule) answers in the API's error shape.
  // Start-up logs wait in a buffer until the JSON logger is in place.
  const app = await NestFactory.create(GatewayModule, { bodyParser: false, bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  useTrustProxy(app);
  setUpSwagger(app);
  app.enableShutdownHooks();
  const { host, port } = app.get(ConfigService<AppConfig, true>).get('http', { infer: true });
  await app.listen(port, host);
  Logger.log(`gateway listening on http://${host}:${port} (Swagger UI: /api/docs)`, 'Gateway');
}

bootstrap().catch((err: Error) => {
  Logger.error(`gateway failed to start: ${err.message}`, 'Gateway');
  process.exit(1);
});
