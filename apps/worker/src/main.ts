import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { WorkerModule } from './app/worker.module';

async function bootstrap(): Promise<void> {
  // Start-up logs wait in a buffer until the JSON logger is in place.
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  // SIGTERM/SIGINT: the heartbeat is withdrawn, idle pooled containers are removed, and Bull
  // stops taking jobs and waits for the running ones to finish.
  app.enableShutdownHooks();
  await app.init();
  Logger.log('worker ready', 'Worker');
}

bootstrap().catch((err: Error) => {
  Logger.error(`worker failed to start: ${err.message}`, 'Worker');
  process.exit(1);
});
