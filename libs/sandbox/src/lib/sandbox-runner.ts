import type { SandboxRuntime } from '@ghostide/config';
import type { PoolTarget } from './sandbox-pool';

/** A file written into the sandbox's workspace before the first stage. */
export interface SandboxFile {
  /** Relative path inside the workspace; validated before it gets here. */
  path: string;
  content: string | Buffer;
  /** Written with the execute bit (compiled programs from the compile cache). */
  executable?: boolean;
}

/** What a sandbox host is made of: its image, memory limit and runtime. */
export interface SandboxShape {
  image: string;
  memoryMb: number;
  runtime: SandboxRuntime;
}

/** One stage's command and wall-clock limit. */
export interface SandboxCommand {
  argv: string[];
  timeoutMs: number;
}

/** The compile stage: its command, and a memory limit of its own (compilers need more than programs). */
export interface SandboxCompileCommand extends SandboxCommand {
  /** Below the run's memory limit the run's is used: see compileSandboxMemoryMb. */
  memoryMb: number;
}

/** The memory limit a compile runs under: its own, or its program's when that is larger. */
export function compileSandboxMemoryMb(compileMemoryMb: number, runMemoryMb: number): number {
  return Math.max(compileMemoryMb, runMemoryMb);
}

/** A stage of a sandbox job. */
export type StageName = 'compile' | 'run';

/** Sees a job as it happens: each stage as it starts, its output as the agent sends it. Must not throw. */
export interface SandboxObserver {
  onStage?(stage: StageName): void;
  onOutput?(stage: StageName, stream: 'stdout' | 'stderr', chunk: Buffer): void;
}

/** Everything one execution needs; the runner adds the sandbox's fixed limits. */
export interface SandboxRunSpec extends SandboxShape {
  executionId: string;
  files: SandboxFile[];
  stdin: string;
  /** Runs first; when it fails the run stage does not start. */
  compile?: SandboxCompileCommand;
  run: SandboxCommand;
  /** stdout + stderr of a stage together. */
  outputLimitBytes: number;
  /** Aborting it destroys the sandbox at once; the run rejects with SandboxCancelledError. */
  signal?: AbortSignal;
  observer?: SandboxObserver;
}

/** A run stopped through its spec's signal: nothing of it is kept. */
export class SandboxCancelledError extends Error {
  constructor(executionId: string) {
    super(`execution ${executionId} was cancelled`);
    this.name = 'SandboxCancelledError';
  }
}

/** What one stage did, as the in-sandbox agent measured it. */
export interface StageOutcome {
  exitCode: number | null;
  /** Signal number that ended the process, 0 if none. */
  signal: number;
  wallMs: number;
  /** CPU time of the stage's processes, user + system. */
  cpuMs: number;
  timedOut: boolean;
  outputExceeded: boolean;
  /** Killed by the memory limit (the cgroup's OOM killer). */
  oomKilled: boolean;
  /** A compile stage taken from the compile cache: it did not run this time. */
  cached?: boolean;
  maxRssKb: number;
  stdout: Buffer;
  stderr: Buffer;
}

/** Stages that ran: compile only for compiled languages, run only when compile succeeded. */
export interface SandboxOutcome {
  compile?: StageOutcome;
  run?: StageOutcome;
  /** Files the compile stage created, when they were asked for. */
  artifacts?: SandboxFile[];
}

/** What the runner has done since start, for health and metrics. */
export interface SandboxStats {
  /** Idle started sandboxes now, by pool (image@memory/runtime). */
  idleByPool: Record<string, number>;
  /** Every pool warmUp() declared has been full at least once. */
  poolsWarmedUp: boolean;
  /** Runs that found a started sandbox (hits) and runs that started one cold (misses). */
  poolHits: number;
  poolMisses: number;
  /** Containers this runner created, and those removed (by it, or by the engine after a run). */
  containersCreated: number;
  containersRemoved: number;
  /** Hosts (SANDBOX_ISOLATION=host) replaced: broken, after an abnormal run, at SANDBOX_HOST_MAX_RUNS, or idle too long. */
  hostsRecycled: number;
}

/** Runs code in an isolated sandbox. Abstract class: DI token and type in one. */
export abstract class SandboxRunner {
  /** Runs one execution, in a fresh jail of a long-lived host or in a single-use container (SANDBOX_ISOLATION). */
  abstract run(spec: SandboxRunSpec): Promise<SandboxOutcome>;
  /** Throws when the container engine cannot be reached. */
  abstract ping(): Promise<void>;
  /** Names of the listed images that are missing from the engine, asked now; throws when the engine cannot be asked. */
  abstract missingImages(images: string[]): Promise<string[]>;
  /** Keeps started sandboxes waiting for these images and memory limits (size 0: none). */
  abstract warmUp(pools: PoolTarget[]): void;
  /** Pools, hits and misses, containers created and removed: read by health and metrics. */
  abstract stats(): SandboxStats;
}
