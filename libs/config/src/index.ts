export { AppConfigModule } from './lib/app-config.module';
export { sandboxRuntimeOf, validateEnvironment } from './lib/environment';
export type { AppConfig, SandboxRuntime } from './lib/environment';
