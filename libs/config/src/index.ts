export { AppConfigModule } from './lib/app-config.module';
export { validateEnvironment } from './lib/environment';
export type { AppConfig } from './lib/environment';
