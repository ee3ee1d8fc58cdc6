import { ExecutionStatus } from '@ghostide/contracts';
import { ApiError, type ExecutionResult } from './execution-api';
import { describeError, describeExit, describeTime, formatDuration, formatMemory } from './result-text';

const RESULT: ExecutionResult = {
  execution_id: 'e1',
  language: 'cpp',
  version: 'g++ 12.2.0',
  status: ExecutionStatus.Success,
  exit_code: 0,
  signal: null,
  stdout: 'hi\n',
  stderr: '',
  output_truncated: false,
  compile_output: null,
  execution_time_ms: 12,
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
    expect(describeExit({ ...RESULT, exit_code: null, signal: null, status: ExecutionStatus.CompileError })).toBe('did not run');
  });
});

describe('describeError', () => {
  it('lists every problem of a 400 under its status and reason', () => {
    const error = new ApiError(400, { statusCode: 400, message: ['code must not be empty', 'timeout must not be greater than 30'], error: 'Bad Request' });
    expect(describeError(error)).toEqual({ title: '400 Bad Request', messages: ['code must not be empty', 'timeout must not be greater than 30'] });
  });

  it('shows a single message as it is, and a body without one as JSON', () => {
    expect(describeError(new ApiError(503, { statusCode: 503, message: 'no worker is alive', error: 'Service Unavailable' }))).toEqual({
      title: '503 Service Unavailable',
      messages: ['no worker is alive'],
    });
    expect(describeError(new ApiError(502, '<html>Bad Gateway</html>'))).toEqual({ title: 'The service answered 502', messages: ['"<html>Bad Gateway</html>"'] });
    expect(describeError(new ApiError(502, undefined))).toEqual({ title: 'The service answered 502', messages: ['The answer had no body.'] });
  });

  it('says the service could not be reached when the request itself failed', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ title: 'Could not reach the execution service', messages: ['Failed to fetch'] });
  });
});
