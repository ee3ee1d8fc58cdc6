export { SandboxModule } from './lib/sandbox.module';
export { compileSandboxMemoryMb, SandboxRunner } from './lib/sandbox-runner';
export type { SandboxCommand, SandboxCompileCommand, SandboxFile, SandboxOutcome, SandboxRunSpec, SandboxStats, StageOutcome } from './lib/sandbox-runner';
