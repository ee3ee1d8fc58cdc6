import { ExecutionResult, ExecutionStatus } from '@ghostide/contracts';
import { signalNumber } from '../signal-number';
import { PistonExecuteResponseDto, PistonStageDto } from './dto/piston-execute-response.dto';
import { semverOf } from '../toolchain-semver';
import { PistonRuntime } from './piston-runtimes';

/**
 * Our result in Piston's shape (api/src/job.js): run and, for compiled
 * languages, compile; when compilation failed, run is the compile stage, as
 * Piston answers "for backward compatibility". status and message follow
 * isolate's meta file, as Piston passes them on.
 */
export function toPistonResponse(result: ExecutionResult, runtime: PistonRuntime): PistonExecuteResponseDto {
  const response: PistonExecuteResponseDto = {
    language: runtime.info.language,
    version: semverOf(result.version) ?? runtime.info.version,
    run: runStage(result),
  };
  if (runtime.definition.compile) {
    response.compile = result.status === ExecutionStatus.InternalError ? response.run : compileStage(result);
    if (result.status === ExecutionStatus.CompileError) response.run = response.compile;
  }
  return response;
}

function runStage(result: ExecutionResult): PistonStageDto {
  const stage: PistonStageDto = {
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
    code: result.exit_code,
    signal: result.signal,
    status: null,
    message: null,
    memory: result.memory_usage_kb === null ? null : result.memory_usage_kb * 1024,
    wall_time: result.execution_time_ms,
  };
  switch (result.status) {
    case ExecutionStatus.Timeout:
      return { ...stage, code: null, signal: result.signal ?? 'SIGKILL', status: 'TO', message: 'Time limit exceeded' };
    case ExecutionStatus.OutputLimitExceeded:
      return { ...stage, code: null, signal: result.signal ?? 'SIGKILL', status: 'OL', message: 'Output limit exceeded' };
    case ExecutionStatus.Cancelled:
      return { ...stage, code: null, signal: 'SIGKILL', status: 'SG', message: 'Cancelled' };
    case ExecutionStatus.InternalError:
      return { ...stage, status: 'XX', message: result.error ?? 'internal error' };
  }
  if (result.signal) return { ...stage, status: 'SG', message: `Caught fatal signal ${signalNumber(result.signal) ?? result.signal}` };
  if (result.exit_code) return { ...stage, status: 'RE', message: `Exited with error status ${result.exit_code}` };
  return stage;
}

/** Our result keeps the compiler's output, not its exit code: a failed compile reports code 1. */
function compileStage(result: ExecutionResult): PistonStageDto {
  const failed = result.status === ExecutionStatus.CompileError;
  const output = result.compile_output ?? '';
  return {
    stdout: '',
    stderr: output,
    output,
    code: failed ? 1 : 0,
    signal: null,
    status: failed ? 'RE' : null,
    message: failed ? 'Compilation failed' : null,
    memory: null,
    wall_time: result.compile_time_ms,
  };
}
