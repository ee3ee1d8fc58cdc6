import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig, sandboxRuntimeOf } from '@ghostide/config';
import { cancelledResult, ExecutionJobData, ExecutionJobProgress, ExecutionResult, internalErrorResult, MIN_MEMORY_LIMIT_MB } from '@ghostide/contracts';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { SandboxCancelledError, SandboxObserver, SandboxRunner, SandboxRunSpec } from '@ghostide/sandbox';
import { ToolchainVersions } from '../toolchain/toolchain-versions';
import { toExecutionResult } from './execution-result.mapper';

/** What the caller of a run sees and controls while it goes. */
export interface RunControls {
  /** Shows the run's stage in its task. */
  reportProgress: (progress: ExecutionJobProgress) => void;
  /** Aborts the run: the task was cancelled. */
  signal?: AbortSignal;
  /** Sees each stage start and its output as it comes (the task's live events). */
  observer?: SandboxObserver;
}

/** Turns a queued execution into a sandbox run and its outcome into an ExecutionResult. */
@Injectable()
export class ExecutionRunnerService {
  private readonly sandboxConfig: AppConfig['sandbox'];

  constructor(
    private readonly sandbox: SandboxRunner,
    private readonly languages: LanguageRegistry,
    private readonly versions: ToolchainVersions,
    config: ConfigService<AppConfig, true>,
  ) {
    this.sandboxConfig = config.get('sandbox', { infer: true });
  }

  /**
   * Runs one execution; every failure of the service itself becomes an internal_error result.
   * Rejects (the job fails, nothing runs) a job whose limits are not numbers within range.
   * When the signal aborts (the task was cancelled), the run stops and the result is cancelled.
   */
  async execute(job: ExecutionJobData, { reportProgress, signal, observer }: RunControls): Promise<ExecutionResult> {
    const language = this.languages.find(job.languageId);
    if (!language) {
      return internalErrorResult(job.executionId, job.languageId, 'unknown', `language "${job.languageId}" is not installed on this worker`);
    }
    const problems = this.limitProblems(job, language);
    if (problems.length > 0) throw new Error(`job ${job.executionId} rejected: ${problems.join('; ')}`);
    if (!(await this.versions.installed(language))) {
      // The gateway queues a language only once some worker has its image; this worker's engine does not have it (yet).
      return internalErrorResult(job.executionId, language.id, 'unknown', `the ${language.image} sandbox image is not installed on this worker yet`);
    }
    const version = this.versions.of(language.id) ?? 'unknown';
    if (signal?.aborted) return cancelledResult(job.executionId, language.id, version, 'cancelled before it started');
    reportProgress({ stage: language.compile ? 'compiling' : 'running', percent: language.compile ? 30 : 50 });
    try {
      const outcome = await this.sandbox.run({ ...this.sandboxSpec(job, language), signal, observer });
      return toExecutionResult(job, language, version, outcome);
    } catch (err) {
      if (err instanceof SandboxCancelledError) return cancelledResult(job.executionId, language.id, version, 'cancelled while it ran');
      // The job's log line (ExecutionProcessor) carries this reason.
      const cause = (err as Error).cause as Error | undefined;
      const reason = `${(err as Error).message}${cause ? `: ${cause.message}` : ''}`;
      return internalErrorResult(job.executionId, language.id, version, `the sandbox failed: ${reason}`);
    }
  }

  /**
   * The gateway validated the limits; the worker does not trust the queue's payload blindly.
   * Refused rather than clamped: a NaN clamps to NaN, which the engine reads as no limit at all.
   */
  private limitProblems(job: ExecutionJobData, language: LanguageDefinition): string[] {
    const { maxTimeoutS, compileTimeoutS } = language.limits;
    const { maxMemoryMb, compileMemoryMb } = this.sandboxConfig;
    return [
      limitProblem('timeoutSeconds', job.timeoutSeconds, { min: 1, max: maxTimeoutS }),
      limitProblem('memoryLimitMb', job.memoryLimitMb, { min: MIN_MEMORY_LIMIT_MB, max: maxMemoryMb, whole: true }),
      // Absent in jobs queued before compile limits existed: the defaults apply.
      job.compileTimeoutSeconds === undefined ? undefined : limitProblem('compileTimeoutSeconds', job.compileTimeoutSeconds, { min: 1, max: compileTimeoutS }),
      job.compileMemoryLimitMb === undefined
        ? undefined
        : limitProblem('compileMemoryLimitMb', job.compileMemoryLimitMb, { min: MIN_MEMORY_LIMIT_MB, max: compileMemoryMb, whole: true }),
    ].filter((problem): problem is string => problem !== undefined);
  }

  private sandboxSpec(job: ExecutionJobData, language: LanguageDefinition): SandboxRunSpec {
    const files = language.prepareFiles(job.files);
    const context = { files, args: job.args };
    return {
      executionId: job.executionId,
      image: language.image,
      files: files.map((file) => ({ path: file.name, content: file.content })),
      stdin: job.stdin,
      compile: language.compile
        ? {
            argv: language.compile(context),
            timeoutMs: Math.round((job.compileTimeoutSeconds ?? language.limits.compileTimeoutS) * 1000),
            memoryMb: job.compileMemoryLimitMb ?? this.sandboxConfig.compileMemoryMb,
          }
        : undefined,
      run: { argv: language.run(context), timeoutMs: Math.round(job.timeoutSeconds * 1000) },
      memoryMb: job.memoryLimitMb,
      runtime: sandboxRuntimeOf(this.sandboxConfig, language.id),
      outputLimitBytes: this.sandboxConfig.outputLimitBytes,
    };
  }
}

/** Why a job's limit is refused: not a finite number (a whole one where asked) from min to max; undefined when it is fine. */
function limitProblem(field: string, value: unknown, range: { min: number; max: number; whole?: boolean }): string | undefined {
  const valid = typeof value === 'number' && (range.whole ? Number.isInteger(value) : Number.isFinite(value)) && value >= range.min && value <= range.max;
  return valid ? undefined : `${field} ${JSON.stringify(value)} is not a ${range.whole ? 'whole ' : ''}number from ${range.min} to ${range.max}`;
}
