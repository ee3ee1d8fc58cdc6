import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig, sandboxRuntimeOf } from '@ghostide/config';
import { ExecutionJobData, ExecutionJobProgress, ExecutionResult, internalErrorResult, MIN_MEMORY_LIMIT_MB } from '@ghostide/contracts';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { SandboxRunner, SandboxRunSpec } from '@ghostide/sandbox';
import { ToolchainVersions } from '../toolchain/toolchain-versions';
import { toExecutionResult } from './execution-result.mapper';

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

  /** Runs one execution; every failure of the service itself becomes an internal_error result. */
  async execute(job: ExecutionJobData, reportProgress: (progress: ExecutionJobProgress) => void): Promise<ExecutionResult> {
    const language = this.languages.find(job.languageId);
    if (!language) {
      return internalErrorResult(job.executionId, job.languageId, 'unknown', `language "${job.languageId}" is not installed on this worker`);
    }
    const version = this.versions.of(language.id);
    reportProgress({ stage: language.compile ? 'compiling' : 'running', percent: language.compile ? 30 : 50 });
    try {
      const outcome = await this.sandbox.run(this.sandboxSpec(job, language));
      return toExecutionResult(job, language, version, outcome);
    } catch (err) {
      // The job's log line (ExecutionProcessor) carries this reason.
      const cause = (err as Error).cause as Error | undefined;
      const reason = `${(err as Error).message}${cause ? `: ${cause.message}` : ''}`;
      return internalErrorResult(job.executionId, language.id, version, `the sandbox failed: ${reason}`);
    }
  }

  /** Every limit bounded again here: the worker does not trust the queue's payload blindly. */
  private sandboxSpec(job: ExecutionJobData, language: LanguageDefinition): SandboxRunSpec {
    const files = language.prepareFiles(job.files);
    const context = { files, args: job.args };
    const timeoutS = clamp(job.timeoutSeconds, 1, language.limits.maxTimeoutS);
    return {
      executionId: job.executionId,
      image: language.image,
      files: files.map((file) => ({ path: file.name, content: file.content })),
      stdin: job.stdin,
      compile: language.compile
        ? { argv: language.compile(context), timeoutMs: language.limits.compileTimeoutS * 1000 }
        : undefined,
      run: { argv: language.run(context), timeoutMs: Math.round(timeoutS * 1000) },
      memoryMb: clamp(Math.round(job.memoryLimitMb), MIN_MEMORY_LIMIT_MB, this.sandboxConfig.maxMemoryMb),
      runtime: sandboxRuntimeOf(this.sandboxConfig, language.id),
      outputLimitBytes: this.sandboxConfig.outputLimitBytes,
    };
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
