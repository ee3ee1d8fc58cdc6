import { ExecutionApiError, TaskWaitTimeoutError, type ExecutionResult, type TaskStatus } from '@ghostide/execution-client';
import { describeError, describeExit, describeFailedTask, describeProgress, describeTime, formatDuration, formatMemory } from './result-text';

const RESULT: ExecutionResult = {
  execution_id: 'e1',
  language: 'cpp',
  version: 'g++ 12.2.0',
  status: 'success',
  exit_code: 0,
  signal: null,
  stdout: 'hi\n',
  stderr: '',
  output_truncated: false,
  compile_output: null,
  execution_time_ms: 12,
  cpu_time_ms: 12,
  memory_usage_kb: 3500,
  compile_time_ms: null,
  compile_cached: false,
};

describe('formatDuration', () => {
  it('shows whole milliseconds below a second and seconds with two decimals from there', () => {
    expect([formatDuration(0), formatDuration(12.4), formatDuration(999), formatDuration(1000), formatDuration(1234)]).toEqual([
      '0 ms',
      '12 ms',
      '999 ms',
      '1.00 s',
      '1.23 s',
    ]);
  });
});

describe('formatMemory', () => {
  it('shows KB below a megabyte, MB with one decimal from there, and says when nothing was measured', () => {
    expect([formatMemory(812), formatMemory(1024), formatMemory(3500), formatMemory(null)]).toEqual(['812 KB', '1.0 MB', '3.4 MB', 'not measured']);
  });
});

describe('describeTime', () => {
  it('shows the run time alone for an interpreted language', () => {
    expect(describeTime(RESULT)).toBe('12 ms');
  });

  it('adds the compile time, or that the compiled program came from the cache', () => {
    expect(describeTime({ ...RESULT, compile_time_ms: 1480 })).toBe('12 ms (compile 1.48 s)');
    expect(describeTime({ ...RESULT, compile_time_ms: null, compile_cached: true })).toBe('12 ms (compiled program from the cache)');
  });
});

describe('describeExit', () => {
  it('shows the exit code, else the signal, else that the program did not run', () => {
    expect(describeExit({ ...RESULT, exit_code: 3 })).toBe('3');
    expect(describeExit({ ...RESULT, exit_code: null, signal: 'SIGKILL' })).toBe('killed by SIGKILL');
    expect(describeExit({ ...RESULT, exit_code: null, signal: null, status: 'compile_error' })).toBe('did not run');
  });
});

const TASK: TaskStatus = { task_id: 't1', status: 'running', progress: 40, stage: 'compiling', created_at: '2026-11-27T12:00:00.000Z' };

describe('describeProgress', () => {
  it('says what the run is doing from its status and stage events, and nothing for its output', () => {
    expect(describeProgress({ event: 'status', status: 'queued' })).toBe('Waiting for a worker…');
    expect(describeProgress({ event: 'status', status: 'running' })).toBe('Preparing the sandbox…');
    expect(describeProgress({ event: 'stage', stage: 'compile' })).toBe('Compiling…');
    expect(describeProgress({ event: 'stage', stage: 'run' })).toBe('Running…');
    expect(describeProgress({ event: 'stdout', data: 'hi\n' })).toBeUndefined();
  });
});

describe('describeFailedTask', () => {
  it("shows the service's reason, or that it gave none", () => {
    expect(describeFailedTask({ ...TASK, status: 'failed', error: 'job stalled more than allowable limit' })).toEqual({
      title: 'The run failed in the service',
      messages: ['job stalled more than allowable limit'],
    });
    expect(describeFailedTask({ ...TASK, status: 'failed' }).messages).toEqual(['The service gave no reason.']);
  });
});

/** An ExecutionApiError as the client throws it for an answer with this status, body and headers. */
function apiError(status: number, body: unknown, headers: Record<string, string> = {}): ExecutionApiError {
  return new ExecutionApiError('POST /api/v1/execution/execute/async', new Response(null, { status, headers }), body);
}

describe('describeError', () => {
  it('lists every problem of a 400 under its status and reason', () => {
    const error = apiError(400, { statusCode: 400, message: ['code must not be empty', 'timeout must not be greater than 30'], error: 'Bad Request' });
    expect(describeError(error)).toEqual({ title: '400 Bad Request', messages: ['code must not be empty', 'timeout must not be greater than 30'] });
  });

  it('adds when to try again to a 429 or 503 that says so', () => {
    const error = apiError(429, { statusCode: 429, message: 'per-client rate limit exceeded', error: 'Too Many Requests' }, { 'Retry-After': '7' });
    expect(describeError(error)).toEqual({ title: '429 Too Many Requests', messages: ['per-client rate limit exceeded', 'Try again in 7 s.'] });
  });

  it('shows a body without a message as JSON, and says when there was no body', () => {
    expect(describeError(apiError(502, '<html>Bad Gateway</html>'))).toEqual({ title: 'The service answered 502', messages: ['"<html>Bad Gateway</html>"'] });
    expect(describeError(apiError(502, undefined))).toEqual({ title: 'The service answered 502', messages: ['The answer had no body.'] });
  });

  it('says when no result came in time', () => {
    expect(describeError(new TaskWaitTimeoutError(120_000, 't1'))).toEqual({ title: 'No result in time', messages: ['task t1 did not finish within 120000 ms'] });
  });

  it('says the service could not be reached when the request itself failed', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ title: 'Could not reach the execution service', messages: ['Failed to fetch'] });
  });
});
