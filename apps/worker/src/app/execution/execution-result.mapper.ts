import { ExecutionJobData, ExecutionResult, ExecutionStatus } from '@ghostide/contracts';
import { LanguageDefinition } from '@ghostide/languages';
import { compileSandboxMemoryMb, SandboxOutcome, StageOutcome } from '@ghostide/sandbox';
import { constants } from 'node:os';

/**
 * Signal number → name. Some numbers have two names (6: SIGABRT and SIGIOT); keep the
 * first, the usual one, so abort() and uncaught C++ exceptions report SIGABRT.
 */
const SIGNAL_NAMES = new Map<number, string>();
for (const [name, number] of Object.entries(constants.signals)) {
  if (!SIGNAL_NAMES.has(number)) SIGNAL_NAMES.set(number, name);
}

/** Status of a finished run stage, by API.md's rules, most specific first. */
export function runStatus(run: StageOutcome, language: LanguageDefinition): ExecutionStatus {
  if (run.outputExceeded) return ExecutionStatus.OutputLimitExceeded;
  if (run.timedOut) return ExecutionStatus.Timeout;
  const failed = run.exitCode !== 0 || run.signal !== 0;
  if (run.oomKilled) return ExecutionStatus.MemoryLimitExceeded;
  // A runtime that stops itself at the memory limit (JVM heap, Node heap, bad_alloc).
  if (failed && language.outOfMemoryPattern?.test(run.stderr.toString())) return ExecutionStatus.MemoryLimitExceeded;
  return failed ? ExecutionStatus.RuntimeError : ExecutionStatus.Success;
}

/** Why a compile stage failed, in words, when the compiler's own output does not say it. */
function compileFailureNote(compile: StageOutcome, job: ExecutionJobData, language: LanguageDefinition): string {
  const compileTimeoutS = job.compileTimeoutSeconds ?? language.limits.compileTimeoutS;
  if (compile.timedOut) return `\n[compilation stopped: it took longer than ${compileTimeoutS} s]`;
  if (compile.oomKilled) {
    const limit = job.compileMemoryLimitMb === undefined ? '' : ` of ${compileSandboxMemoryMb(job.compileMemoryLimitMb, job.memoryLimitMb)} MB`;
    return `\n[compilation stopped: the compiler ran out of memory (compile memory limit${limit})]`;
  }
  if (compile.outputExceeded) return '\n[compilation stopped: too much compiler output]';
  return '';
}

/** Maps what the sandbox measured to the API's ExecutionResult. */
export function toExecutionResult(
  job: ExecutionJobData,
  language: LanguageDefinition,
  version: string,
  outcome: SandboxOutcome,
): ExecutionResult {
  const { compile, run } = outcome;
  const compileOutput = compile
    ? Buffer.concat([compile.stdout, compile.stderr]).toString() + compileFailureNote(compile, job, language)
    : null;
  const base = {
    execution_id: job.executionId,
    language: language.id,
    version,
    compile_output: compileOutput,
    compile_time_ms: compile ? (compile.cached ? 0 : compile.wallMs) : null,
    compile_cached: compile?.cached === true,
  };
  if (!run) {
    return {
      ...base,
      status: ExecutionStatus.CompileError,
      exit_code: null,
      signal: null,
      stdout: '',
      stderr: '',
      output_truncated: false,
      execution_time_ms: 0,
      cpu_time_ms: null,
      memory_usage_kb: null,
    };
  }
  return {
    ...base,
    status: runStatus(run, language),
    exit_code: run.signal === 0 ? run.exitCode : null,
    signal: run.signal === 0 ? null : (SIGNAL_NAMES.get(run.signal) ?? `SIG${run.signal}`),
    stdout: run.stdout.toString(),
    stderr: run.stderr.toString(),
    output_truncated: run.outputExceeded,
    execution_time_ms: run.wallMs,
    cpu_time_ms: run.cpuMs,
    memory_usage_kb: run.maxRssKb > 0 ? run.maxRssKb : null,
  };
}
