export { SandboxModule } from './lib/sandbox.module';
export { compileSandboxMemoryMb, SandboxCancelledError, SandboxRunner } from './lib/sandbox-runner';
export type { PoolTarget } from './lib/sandbox-pool';
export type { SandboxCommand, SandboxCompileCommand, SandboxFile, SandboxObserver, SandboxOutcome, SandboxRunSpec, SandboxStats, StageName, StageOutcome } from './lib/sandbox-runner';
