export { loggerParams } from './lib/logger-params';
export type { LoggerSetup } from './lib/logger-params';
