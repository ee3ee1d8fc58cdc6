import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@ghostide/config';
import { useJsonBodyParser } from './app/common/body-parser';
import { useTrustProxy } from './app/common/trust-proxy';
import { GatewayModule } from './app/gateway.module';
import { setUpSwagger } from './app/openapi';
import { usePlayground } from './app/playground/playground';

async function bootstrap(): Promise<void> {
  // Nest's own body parser answers bad JSON with HTML; ours answers in the API's error shape.
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule, { bodyParser: false });
  useJsonBodyParser(app);
  useTrustProxy(app);
  setUpSwagger(app);
  // The build puts the page's files beside main.js.
  usePlayground(app, join(__dirname, 'playground'));
  app.enableShutdownHooks();
  const { host, port } = app.get(ConfigService<AppConfig, true>).get('http', { infer: true });
  await app.listen(port, host);
  Logger.log(`gateway listening on http://${host}:${port} (playground: /, Swagger UI: /api/docs)`, 'Gateway');
}

bootstrap().catch((err: Error) => {
  Logger.error(`gateway failed to start: ${err.message}`, 'Gateway');
  process.exit(1);
});
