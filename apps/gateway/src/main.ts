import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@ghostide/config';
import { useJsonBodyParser } from './app/common/body-parser';
import { useTrustProxy } from './app/common/trust-proxy';
import { GatewayModule } from './app/gateway.module';
import { setUpSwagger } from './app/openapi';

async function bootstrap(): Promise<void> {
  // Nest's own body parser answers bad JSON with HTML; ours answers in the API's error shape.
  const app = await NestFactory.create(GatewayModule, { bodyParser: false });
  useJsonBodyParser(app);
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
