import { ExecutionResult, ExecutionStatus } from './execution';

/** The result of an execution the service itself could not carry out (never the program's fault). */
export function internalErrorResult(executionId: string, language: string, version: string, error: string): ExecutionResult {
  return resultWithoutOutput(executionId, language, version, ExecutionStatus.InternalError, error);
}

/** The result of an execution cancelled before it ran, or while it ran (its sandbox is destroyed, its output with it). */
export function cancelledResult(executionId: string, language: string, version: string, reason: string): ExecutionResult {
  return resultWithoutOutput(executionId, language, version, ExecutionStatus.Cancelled, reason);
}

function resultWithoutOutput(executionId: string, language: string, version: string, status: ExecutionStatus, error: string): ExecutionResult {
  return {
    execution_id: executionId,
    language,
    version,
    status,
    exit_code: null,
    signal: null,
    stdout: '',
    stderr: '',
    output_truncated: false,
    compile_output: null,
    execution_time_ms: 0,
    cpu_time_ms: null,
    memory_usage_kb: null,
    compile_time_ms: null,
    compile_cached: false,
    error,
  };
}
