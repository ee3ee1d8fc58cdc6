export { ExecutionEvents } from './lib/execution-events';
export type { ExecutionEvent, ExecutionEventName, ExecutionEventReader } from './lib/execution-events';
export { ExecutionQueue } from './lib/execution-queue';
export type { CancelOutcome, EnqueueOptions, ExecutionJob, QueuedExecution, TaskDetail } from './lib/execution-queue';
export { ExecutionQueueModule } from './lib/execution-queue.module';
export { RedisThrottlerStorage } from './lib/redis-throttler.storage';
export { SessionQueueFullError } from './lib/session-queue-full.error';
