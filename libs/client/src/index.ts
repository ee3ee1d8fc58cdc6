export { createExecutionClient, DEFAULT_POLL_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS } from './lib/execution-client';
export type { ExecutionClient, ExecutionClientOptions, WaitOptions } from './lib/execution-client';
export { ExecutionApiError } from './lib/execution-api.error';
export { TaskWaitTimeoutError } from './lib/task-wait-timeout.error';
export type * from './lib/schemas';
export type { components, operations, paths } from './lib/generated/openapi';
