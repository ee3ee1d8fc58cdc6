export { AppConfigModule } from './lib/app-config.module';
export { Environment, validateEnvironment } from './lib/environment';
export type { AppConfig } from './lib/environment';
