import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadEnvironment } from '@ghostide/config';
import { Logger as PinoLogger } from 'nestjs-pino';
import { useCors } from './app/common/cors';
import { useTrustProxy } from './app/common/trust-proxy';
import { GatewayModule } from './app/gateway.module';
import { setUpSwagger } from './app/openapi';
import { usePlayground } from './app/playground/playground';

async function bootstrap(): Promise<void> {
  // A bad setting stops here, with the setting and its rule in the message.
  const config = loadEnvironment();
  // Nest's body parser answers bad JSON with HTML; ours (BodyParserModule) answers in the API's error shape.
  // Start-up logs wait in a buffer until the JSON logger is in place.
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), { bodyParser: false, bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  useTrustProxy(app);
  useCors(app);
  setUpSwagger(app);
  // The build puts the page's files beside main.js.
  usePlayground(app, join(__dirname, 'playground'));
  app.enableShutdownHooks();
  const { host, port } = config.http;
  await app.listen(port, host);
  Logger.log(`gateway listening on http://${host}:${port} (playground: /, Swagger UI: /api/docs)`, 'Gateway');
}

bootstrap().catch((err: Error) => {
  Logger.error(`gateway failed to start: ${err.message}`, 'Gateway');
  process.exit(1);
});
