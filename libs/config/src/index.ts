export { AppConfigModule } from './lib/app-config.module';
export { loadEnvironment, sandboxRuntimeOf, validateEnvironment } from './lib/environment';
export type { AppConfig, SandboxIsolation, SandboxRuntime } from './lib/environment';
