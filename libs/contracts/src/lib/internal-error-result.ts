import { ExecutionResult, ExecutionStatus } from './execution';

/** The result of an execution the service itself could not carry out (never the program's fault). */
export function internalErrorResult(executionId: string, language: string, version: string, error: string): ExecutionResult {
  return {
    execution_id: executionId,
    language,
    version,
    status: ExecutionStatus.InternalError,
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
