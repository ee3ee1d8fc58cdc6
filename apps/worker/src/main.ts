import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@ghostide/config';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { AddressInfo } from 'node:net';
import { WorkerHeartbeatService } from './app/heartbeat/worker-heartbeat.service';
import { WorkerModule } from './app/worker.module';

async function bootstrap(): Promise<void> {
  // An HTTP app only for /health and /metrics; jobs come from the queue. Start-up logs wait
  // in a buffer until the JSON logger is in place.
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  // SIGTERM/SIGINT: the heartbeat is withdrawn, idle pooled containers are removed, and Bull
  // stops taking jobs and waits for the running ones to finish.
  app.enableShutdownHooks();
  const worker = app.get(ConfigService<AppConfig, true>).get('worker', { infer: true });
  try {
    await app.listen(worker.httpPort, worker.httpHost);
  } catch (err) {
    // The worker may have taken a job already: let it finish before exiting.
    await app.close();
    throw new Error(`cannot listen on ${worker.httpHost}:${worker.httpPort} (WORKER_HTTP_HOST, WORKER_HTTP_PORT; 0 takes any free port)`, { cause: err });
  }
  // With WORKER_HTTP_PORT=0 the system picked the port: log it and publish it in the heartbeat.
  const { port } = app.getHttpServer().address() as AddressInfo;
  await app.get(WorkerHeartbeatService).announceHttpAddress(worker.httpHost, port);
  Logger.log(
    { msg: `worker ${worker.id} ready; health and metrics on http://${worker.httpHost}:${port}`, httpHost: worker.httpHost, httpPort: port },
    'Worker',
  );
}

bootstrap().catch((err: Error) => {
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  Logger.error(`worker failed to start: ${err.message}${cause}`, 'Worker');
  process.exit(1);
});
