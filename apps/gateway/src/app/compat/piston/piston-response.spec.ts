import { ExecutionResult, ExecutionStatus } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { toPistonResponse } from './piston-response';
import { pistonRuntimes } from './piston-runtimes';

const [PYTHON, , , CPP] = pistonRuntimes(new LanguageRegistry().languages, {
  python: 'Python 3.11.2',
  cpp: 'g++ (Debian 12.2.0-14) 12.2.0',
});

function result(overrides: Partial<ExecutionResult>): ExecutionResult {
  return {
    execution_id: 'id',
    language: 'python',
    version: 'Python 3.11.2',
    status: ExecutionStatus.Success,
    exit_code: 0,
    signal: null,
    stdout: 'out\n',
    stderr: 'err\n',
    output_truncated: false,
    compile_output: null,
    execution_time_ms: 21,
    cpu_time_ms: 21,
    memory_usage_kb: 8000,
    compile_time_ms: null,
    compile_cached: false,
    ...overrides,
  };
}

const SUCCESSFUL_RUN = {
  stdout: 'out\n',
  stderr: 'err\n',
  output: 'out\nerr\n',
  code: 0,
  signal: null,
  status: null,
  message: null,
  memory: 8_192_000,
  wall_time: 21,
};

describe('toPistonResponse', () => {
  it('answers a run with its streams, stdout then stderr in output, memory in bytes', () => {
    expect(toPistonResponse(result({}), PYTHON)).toEqual({ language: 'python', version: '3.11.2', run: SUCCESSFUL_RUN });
  });

  it('adds the compile stage for a compiled language, under its Piston name', () => {
    const response = toPistonResponse(
      result({ language: 'cpp', version: 'g++ (Debian 12.2.0-14) 12.2.0', compile_output: '', compile_time_ms: 900 }),
      CPP,
    );

    expect(response.language).toBe('c++');
    expect(response.version).toBe('12.2.0');
    expect(response.compile).toEqual({
      stdout: '',
      stderr: '',
      output: '',
      code: 0,
      signal: null,
      status: null,
      message: null,
      memory: null,
      wall_time: 900,
    });
    expect(response.run).toEqual(SUCCESSFUL_RUN);
  });

  it('answers a compile error with the compiler output and code 1 in compile, and run the same, as Piston does', () => {
    const response = toPistonResponse(
      result({
        status: ExecutionStatus.CompileError,
        exit_code: null,
        stdout: '',
        stderr: '',
        compile_output: "main.cpp:1:11: error: expected ')'\n",
        compile_time_ms: 400,
        execution_time_ms: 0,
        cpu_time_ms: 0,
        memory_usage_kb: null,
      }),
      CPP,
    );

    expect(response.compile).toMatchObject({ code: 1, stderr: "main.cpp:1:11: error: expected ')'\n", status: 'RE' });
    expect(response.run).toBe(response.compile);
  });

  it('answers a timeout with code null, SIGKILL and status TO', () => {
    expect(toPistonResponse(result({ status: ExecutionStatus.Timeout, exit_code: null, signal: null }), PYTHON).run).toMatchObject({
      code: null,
      signal: 'SIGKILL',
      status: 'TO',
      message: 'Time limit exceeded',
    });
  });

  it('answers a cancelled run as killed: code null, SIGKILL, status SG', () => {
    expect(toPistonResponse(result({ status: ExecutionStatus.Cancelled, exit_code: null, signal: null }), PYTHON).run).toMatchObject({
      code: null,
      signal: 'SIGKILL',
      status: 'SG',
      message: 'Cancelled',
    });
  });

  it('answers a signal with its name and status SG naming its number', () => {
    const run = toPistonResponse(result({ status: ExecutionStatus.RuntimeError, exit_code: null, signal: 'SIGSEGV' }), PYTHON).run;
    expect(run).toMatchObject({ code: null, signal: 'SIGSEGV', status: 'SG', message: 'Caught fatal signal 11' });
  });

  it('answers a non-zero exit with its code and status RE', () => {
    const run = toPistonResponse(result({ status: ExecutionStatus.RuntimeError, exit_code: 3 }), PYTHON).run;
    expect(run).toMatchObject({ code: 3, signal: null, status: 'RE', message: 'Exited with error status 3' });
  });

  it('answers an output flood with status OL', () => {
    const run = toPistonResponse(result({ status: ExecutionStatus.OutputLimitExceeded, exit_code: null, signal: 'SIGKILL' }), PYTHON).run;
    expect(run).toMatchObject({ code: null, signal: 'SIGKILL', status: 'OL' });
  });

  it("answers the service's own failure with status XX and its cause, in both stages", () => {
    const response = toPistonResponse(
      result({ status: ExecutionStatus.InternalError, exit_code: null, stdout: '', stderr: '', error: 'the sandbox failed: boom', version: 'unknown' }),
      CPP,
    );
    expect(response.version).toBe('12.2.0');
    expect(response.run).toMatchObject({ status: 'XX', message: 'the sandbox failed: boom' });
    expect(response.compile).toBe(response.run);
  });
});
