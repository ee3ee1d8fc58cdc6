export { loggerParams } from './lib/logger-params';
export type { LoggerSetup } from './lib/logger-params';
export { MetricsModule } from './lib/metrics.module';
