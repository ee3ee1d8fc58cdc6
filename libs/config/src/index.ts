export { AppConfigModule } from './lib/app-config.module';
export { loadEnvironment, validateEnvironment } from './lib/environment';
export type { AppConfig } from './lib/environment';
