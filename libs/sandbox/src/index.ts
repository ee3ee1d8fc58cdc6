export { SandboxModule } from './lib/sandbox.module';
export { SandboxRunner } from './lib/sandbox-runner';
export type { SandboxCommand, SandboxFile, SandboxOutcome, SandboxRunSpec, StageOutcome } from './lib/sandbox-runner';
