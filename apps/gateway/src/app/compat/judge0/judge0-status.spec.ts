import { ExecutionResult, ExecutionStatus, TaskStatus } from '@ghostide/contracts';
import { judge0Outcome, judge0Strip, JUDGE0_STATUSES } from './judge0-status';

const CREATED = '2026-11-27T12:00:00.000Z';

function completed(overrides: Partial<ExecutionResult>): TaskStatus {
  return {
    task_id: 't',
    status: 'completed',
    progress: 100,
    stage: 'finished',
    created_at: CREATED,
    result: {
      execution_id: 't',
      language: 'python',
      version: 'Python 3.11.2',
      status: ExecutionStatus.Success,
      exit_code: 0,
      signal: null,
      stdout: 'hello\n',
      stderr: '',
      output_truncated: false,
      compile_output: null,
      execution_time_ms: 40,
      cpu_time_ms: 40,
      memory_usage_kb: 8000,
      compile_time_ms: null,
      compile_cached: false,
      ...overrides,
    },
  };
}

function status(task: TaskStatus, expectedOutput: string | null = null, timeLimitSeconds = 10) {
  const { status: found, message } = judge0Outcome(task, expectedOutput, timeLimitSeconds);
  return { id: found.id, description: found.description, message };
}

describe('JUDGE0_STATUSES', () => {
  it('has the 14 statuses of Judge0, ids 1 to 14 in order', () => {
    expect(JUDGE0_STATUSES.map((found) => found.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(JUDGE0_STATUSES[10]).toEqual({ id: 11, description: 'Runtime Error (NZEC)' });
  });
});

describe('judge0Outcome', () => {
  it('is In Queue (1) while queued and Processing (2) while running', () => {
    expect(status({ ...completed({}), status: 'queued', result: undefined })).toEqual({ id: 1, description: 'In Queue', message: null });
    expect(status({ ...completed({}), status: 'running', result: undefined })).toEqual({ id: 2, description: 'Processing', message: null });
  });

  it('is Accepted (3) without expected_output', () => {
    expect(status(completed({}))).toEqual({ id: 3, description: 'Accepted', message: null });
  });

  it('compares stdout with expected_output as Judge0 does: Accepted (3) or Wrong Answer (4)', () => {
    expect(status(completed({ stdout: 'hello  \n\n' }), 'hello')).toMatchObject({ id: 3 });
    expect(status(completed({ stdout: 'hello\n' }), 'hello\n\n')).toMatchObject({ id: 3 });
    expect(status(completed({ stdout: 'hello\n' }), 'Hello')).toMatchObject({ id: 4, description: 'Wrong Answer' });
    expect(status(completed({ stdout: ' hello\n' }), 'hello')).toMatchObject({ id: 4 });
  });

  it('is Time Limit Exceeded (5) when stopped by the timeout, or when the run took longer than the limit asked for', () => {
    expect(status(completed({ status: ExecutionStatus.Timeout, exit_code: null, signal: 'SIGKILL' }))).toEqual({
      id: 5,
      description: 'Time Limit Exceeded',
      message: 'Time limit exceeded',
    });
    expect(status(completed({ execution_time_ms: 600 }), null, 0.5)).toMatchObject({ id: 5 });
    expect(status(completed({ execution_time_ms: 400 }), null, 0.5)).toMatchObject({ id: 3 });
  });

  it('is Compilation Error (6) without a message', () => {
    expect(status(completed({ status: ExecutionStatus.CompileError, exit_code: null }))).toEqual({
      id: 6,
      description: 'Compilation Error',
      message: null,
    });
  });

  it.each([
    ['SIGSEGV', 7, 'Runtime Error (SIGSEGV)', 'Caught fatal signal 11'],
    ['SIGXFSZ', 8, 'Runtime Error (SIGXFSZ)', 'Caught fatal signal 25'],
    ['SIGFPE', 9, 'Runtime Error (SIGFPE)', 'Caught fatal signal 8'],
    ['SIGABRT', 10, 'Runtime Error (SIGABRT)', 'Caught fatal signal 6'],
    ['SIGKILL', 12, 'Runtime Error (Other)', 'Caught fatal signal 9'],
  ])('tells a runtime error by %s apart: %i', (signal, id, description, message) => {
    expect(status(completed({ status: ExecutionStatus.RuntimeError, exit_code: null, signal }))).toEqual({ id, description, message });
  });

  it('is NZEC (11) for a non-zero exit, naming the status', () => {
    expect(status(completed({ status: ExecutionStatus.RuntimeError, exit_code: 3 }))).toEqual({
      id: 11,
      description: 'Runtime Error (NZEC)',
      message: 'Exited with error status 3',
    });
  });

  it('reports running out of memory as the runtime error it ended with', () => {
    expect(status(completed({ status: ExecutionStatus.MemoryLimitExceeded, exit_code: null, signal: 'SIGKILL' }))).toMatchObject({ id: 12 });
    expect(status(completed({ status: ExecutionStatus.MemoryLimitExceeded, exit_code: 1 }))).toMatchObject({ id: 11 });
    expect(status(completed({ status: ExecutionStatus.MemoryLimitExceeded, exit_code: 0 }))).toEqual({
      id: 12,
      description: 'Runtime Error (Other)',
      message: 'Memory limit exceeded',
    });
  });

  it('is SIGXFSZ (8) for output beyond the limit', () => {
    expect(status(completed({ status: ExecutionStatus.OutputLimitExceeded, exit_code: null, signal: 'SIGKILL' }))).toMatchObject({ id: 8 });
  });

  it('is Runtime Error (Other) (12) for a cancelled run, whatever the expected output', () => {
    expect(status(completed({ status: ExecutionStatus.Cancelled, exit_code: null, stdout: '' }), '')).toMatchObject({ id: 12, description: 'Runtime Error (Other)' });
  });

  it("is Internal Error (13) with the cause for the service's own failures", () => {
    expect(status(completed({ status: ExecutionStatus.InternalError, exit_code: null, error: 'the sandbox failed: x' }))).toEqual({
      id: 13,
      description: 'Internal Error',
      message: 'the sandbox failed: x',
    });
    expect(status({ ...completed({}), status: 'failed', result: undefined, error: 'job stalled more than allowable limit' })).toEqual({
      id: 13,
      description: 'Internal Error',
      message: 'job stalled more than allowable limit',
    });
  });
});

describe('judge0Strip', () => {
  it('drops trailing whitespace of each line and trailing lines, keeping leading whitespace', () => {
    expect(judge0Strip('  a  \nb\t\n\n\n')).toBe('  a\nb');
  });
});
