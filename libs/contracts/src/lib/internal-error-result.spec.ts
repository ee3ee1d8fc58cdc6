import { ExecutionStatus } from './execution';
import { cancelledResult, internalErrorResult } from './internal-error-result';

describe('internalErrorResult', () => {
  const result = internalErrorResult('exec-1', 'python', '3.11.2', 'container create failed: socket hang up');

  it('has status internal_error and carries the error text', () => {
    expect(result.status).toBe(ExecutionStatus.InternalError);
    expect(result.status).toBe('internal_error');
    expect(result.error).toBe('container create failed: socket hang up');
  });

  it('keeps the execution id, language and version it was given', () => {
    expect(result.execution_id).toBe('exec-1');
    expect(result.language).toBe('python');
    expect(result.version).toBe('3.11.2');
  });

  it('reports that nothing ran: null exit code, signal, compile output and memory, empty output, zero time, nothing cached', () => {
    expect(result).toEqual({
      execution_id: 'exec-1',
      language: 'python',
      version: '3.11.2',
      status: 'internal_error',
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
      error: 'container create failed: socket hang up',
    });
  });
});

describe('cancelledResult', () => {
  it('has status cancelled, says why, and reports that nothing of the run is kept', () => {
    expect(cancelledResult('exec-2', 'java', 'javac 17', 'cancelled while it ran')).toEqual({
      ...internalErrorResult('exec-2', 'java', 'javac 17', 'cancelled while it ran'),
      status: 'cancelled',
    });
  });
});
