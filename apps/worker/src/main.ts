import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './app/worker.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule);
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
