import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadEnvironment } from '@ghostide/config';
import { useJsonBodyParser } from './app/common/body-parser';
import { useTrustProxy } from './app/common/trust-proxy';
import { foreignApiBodies } from './app/compat/foreign-api-bodies';
import { GatewayModule } from './app/gateway.module';
import { setUpSwagger } from './app/openapi';

async function bootstrap(): Promise<void> {
  // A bad setting stops here, with the setting and its rule in the message.
  const config = loadEnvironment();
  // Nest's own body parser answers bad JSON with HTML; ours answers in the API's error shape.
  const app = await NestFactory.create(GatewayModule.forRoot(config), { bodyParser: false });
  useJsonBodyParser(app, foreignApiBodies(config.compat.judge0PathPrefix));
  useTrustProxy(app);
  setUpSwagger(app);
  app.enableShutdownHooks();
  const { host, port } = config.http;
  await app.listen(port, host);
  Logger.log(`gateway listening on http://${host}:${port} (Swagger UI: /api/docs)`, 'Gateway');
}

bootstrap().catch((err: Error) => {
  Logger.error(`gateway failed to start: ${err.message}`, 'Gateway');
  process.exit(1);
});
