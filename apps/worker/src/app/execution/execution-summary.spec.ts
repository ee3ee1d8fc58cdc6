import { ExecutionResult, ExecutionStatus, internalErrorResult } from '@ghostide/contracts';
import { summarizeExecution } from './execution-summary';

function result(overrides: Partial<ExecutionResult> = {}): ExecutionResult {
  return {
    execution_id: 'exec-1',
    language: 'python',
    version: 'Python 3.11.2',
    status: ExecutionStatus.Success,
    exit_code: 0,
    signal: null,
    stdout: 'hello\n',
    stderr: '',
    output_truncated: false,
    compile_output: null,
    execution_time_ms: 35,
    cpu_time_ms: 35,
    memory_usage_kb: 9000,
    compile_time_ms: null,
    compile_cached: false,
    ...overrides,
  };
}

describe('summarizeExecution', () => {
  it('measures the queue wait from queued to started and the total from queued to finished', () => {
    expect(summarizeExecution(result(), 1_000, 1_120, 1_200)).toEqual({
      executionId: 'exec-1',
      language: 'python',
      status: ExecutionStatus.Success,
      queueWaitMs: 120,
      compileMs: null,
      compileCached: false,
      runMs: 35,
      totalMs: 200,
    });
  });

  it('never reports a negative wait when the gateway clock is ahead of the worker clock', () => {
    const summary = summarizeExecution(result(), 5_000, 4_990, 5_030);
    expect(summary.queueWaitMs).toBe(0);
    expect(summary.totalMs).toBe(30);
  });

  it('reports the compile stage, and no run stage after a compile error', () => {
    const summary = summarizeExecution(result({ status: ExecutionStatus.CompileError, compile_time_ms: 700, execution_time_ms: 0 }), 0, 0, 800);
    expect(summary).toMatchObject({ compileMs: 700, runMs: null });
  });

  it('reports a cached compile as 0 ms and compileCached', () => {
    expect(summarizeExecution(result({ compile_time_ms: 0, compile_cached: true }), 0, 0, 50)).toMatchObject({ compileMs: 0, compileCached: true });
  });

  it('carries the reason of an internal error, without a run stage', () => {
    const summary = summarizeExecution(internalErrorResult('exec-1', 'python', 'v', 'the sandbox failed: boom'), 0, 0, 10);
    expect(summary).toMatchObject({ status: ExecutionStatus.InternalError, runMs: null, error: 'the sandbox failed: boom' });
  });
});
