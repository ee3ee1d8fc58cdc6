export { ExecutionQueue } from './lib/execution-queue';
export { ExecutionQueueModule } from './lib/execution-queue.module';
export { WaitTimeoutError, withTimeout } from './lib/with-timeout';
