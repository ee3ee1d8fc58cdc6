export * from './lib/execution';
export * from './lib/internal-error-result';
export * from './lib/limits';
export * from './lib/queue';
