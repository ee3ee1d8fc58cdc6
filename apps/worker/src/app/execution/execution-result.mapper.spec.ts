import { ExecutionJobData, ExecutionStatus } from '@ghostide/contracts';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { StageOutcome } from '@ghostide/sandbox';
import { toExecutionResult } from './execution-result.mapper';

const registry = new LanguageRegistry();
function language(id: string): LanguageDefinition {
  const found = registry.find(id);
  if (!found) throw new Error(`no language ${id}`);
  return found;
}
const python = language('python');
const java = language('java');
const cpp = language('cpp');

const job: ExecutionJobData = {
  executionId: 'exec-42',
  languageId: 'python',
  files: [{ name: 'main.py', content: 'print(1)' }],
  stdin: '',
  args: [],
  timeoutSeconds: 10,
  memoryLimitMb: 128,
  acceptedAt: '2025-01-01T00:00:00.000Z',
};

/** A stage that exited 0 with some output; each test changes what it is about. */
function stage(overrides: Partial<StageOutcome> = {}): StageOutcome {
  return {
    exitCode: 0,
    signal: 0,
    wallMs: 37,
    cpuMs: 30,
    timedOut: false,
    outputExceeded: false,
    oomKilled: false,
    maxRssKb: 9000,
    stdout: Buffer.from('hello\n'),
    stderr: Buffer.from(''),
    ...overrides,
  };
}

const SIGKILL = 9;
const SIGABRT = 6;
const SIGSEGV = 11;

describe('toExecutionResult', () => {
  describe('a run that finished', () => {
    it('is success when it exits 0, with its output, time and memory', () => {
      const result = toExecutionResult(job, python, 'Python 3.11.2', { run: stage({ stderr: Buffer.from('note\n') }) });
      expect(result).toEqual({
        execution_id: 'exec-42',
        language: 'python',
        version: 'Python 3.11.2',
        status: ExecutionStatus.Success,
        exit_code: 0,
        signal: null,
        stdout: 'hello\n',
        stderr: 'note\n',
        output_truncated: false,
        compile_output: null,
        compile_time_ms: null,
        compile_cached: false,
        execution_time_ms: 37,
        cpu_time_ms: 30,
        memory_usage_kb: 9000,
      });
    });

    it('is runtime_error when it exits non-zero, with that exit code', () => {
      const result = toExecutionResult(job, python, 'v', { run: stage({ exitCode: 3, stderr: Buffer.from('Traceback ...\nValueError\n') }) });
      expect(result.status).toBe(ExecutionStatus.RuntimeError);
      expect(result.exit_code).toBe(3);
      expect(result.signal).toBeNull();
      expect(result.stderr).toBe('Traceback ...\nValueError\n');
    });

    it('is runtime_error when a signal ends it, naming the signal (SIGSEGV) with a null exit code', () => {
      const result = toExecutionResult(job, cpp, 'v', { compile: stage(), run: stage({ exitCode: null, signal: SIGSEGV }) });
      expect(result.status).toBe(ExecutionStatus.RuntimeError);
      expect(result.signal).toBe('SIGSEGV');
      expect(result.exit_code).toBeNull();
    });

    it('names signal 6 SIGABRT, as abort() and uncaught C++ exceptions raise it', () => {
      const result = toExecutionResult(job, cpp, 'v', { compile: stage(), run: stage({ exitCode: null, signal: SIGABRT }) });
      expect(result.signal).toBe('SIGABRT');
    });

    it('reports a null exit code whenever a signal ended the program, even if an exit code was measured', () => {
      const result = toExecutionResult(job, python, 'v', { run: stage({ exitCode: 137, signal: SIGKILL }) });
      expect(result.exit_code).toBeNull();
      expect(result.signal).toBe('SIGKILL');
    });

    it('names a signal without a known name by its number', () => {
      expect(toExecutionResult(job, python, 'v', { run: stage({ exitCode: null, signal: 250 }) }).signal).toBe('SIG250');
    });

    it('reports memory as null when it could not be measured', () => {
      expect(toExecutionResult(job, python, 'v', { run: stage({ maxRssKb: 0 }) }).memory_usage_kb).toBeNull();
    });
  });

  describe('a run stopped by a limit', () => {
    it('is timeout when the time limit killed it', () => {
      const result = toExecutionResult(job, python, 'v', { run: stage({ exitCode: null, signal: SIGKILL, timedOut: true, wallMs: 10_003 }) });
      expect(result.status).toBe(ExecutionStatus.Timeout);
      expect(result.signal).toBe('SIGKILL');
      expect(result.exit_code).toBeNull();
      expect(result.execution_time_ms).toBe(10_003);
    });

    it('is memory_limit_exceeded when the memory limit killed it', () => {
      const result = toExecutionResult(job, python, 'v', { run: stage({ exitCode: null, signal: SIGKILL, oomKilled: true }) });
      expect(result.status).toBe(ExecutionStatus.MemoryLimitExceeded);
      expect(result.signal).toBe('SIGKILL');
    });

    it.each([
      { id: 'java', stderr: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n', exitCode: 1 },
      { id: 'python', stderr: 'Traceback (most recent call last):\n  File "main.py", line 1\nMemoryError\n', exitCode: 1 },
      { id: 'javascript', stderr: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n', exitCode: 134 },
    ])('is memory_limit_exceeded when $id fails with its own out-of-memory error', ({ id, stderr, exitCode }) => {
      const result = toExecutionResult(job, language(id), 'v', { run: stage({ exitCode, stderr: Buffer.from(stderr) }) });
      expect(result.status).toBe(ExecutionStatus.MemoryLimitExceeded);
      expect(result.exit_code).toBe(exitCode);
    });

    it('is memory_limit_exceeded when a C++ program aborts on std::bad_alloc', () => {
      const stderr = Buffer.from("terminate called after throwing an instance of 'std::bad_alloc'\n");
      const result = toExecutionResult(job, cpp, 'v', { compile: stage(), run: stage({ exitCode: null, signal: SIGABRT, stderr }) });
      expect(result.status).toBe(ExecutionStatus.MemoryLimitExceeded);
    });

    it('is success, not memory_limit_exceeded, when a program that exits 0 merely prints the out-of-memory text', () => {
      const result = toExecutionResult(job, java, 'v', { compile: stage(), run: stage({ stderr: Buffer.from('java.lang.OutOfMemoryError\n') }) });
      expect(result.status).toBe(ExecutionStatus.Success);
    });

    it('is runtime_error, not memory_limit_exceeded, when another language\'s out-of-memory text appears', () => {
      const result = toExecutionResult(job, python, 'v', { run: stage({ exitCode: 1, stderr: Buffer.from('java.lang.OutOfMemoryError\n') }) });
      expect(result.status).toBe(ExecutionStatus.RuntimeError);
    });

    it('is output_limit_exceeded when the output limit stopped it, with output_truncated', () => {
      const result = toExecutionResult(job, python, 'v', { run: stage({ exitCode: null, signal: SIGKILL, outputExceeded: true }) });
      expect(result.status).toBe(ExecutionStatus.OutputLimitExceeded);
      expect(result.output_truncated).toBe(true);
    });
  });

  describe('a compiled language', () => {
    it('is compile_error when compilation failed and the run did not start, with the compiler\'s messages', () => {
      const compile = stage({ exitCode: 1, wallMs: 640, stdout: Buffer.from(''), stderr: Buffer.from("main.cpp:1:1: error: 'x' does not name a type\n") });
      expect(toExecutionResult(job, cpp, 'g++ 12.2.0', { compile })).toEqual({
        execution_id: 'exec-42',
        language: 'cpp',
        version: 'g++ 12.2.0',
        status: ExecutionStatus.CompileError,
        exit_code: null,
        signal: null,
        stdout: '',
        stderr: '',
        output_truncated: false,
        compile_output: "main.cpp:1:1: error: 'x' does not name a type\n",
        compile_time_ms: 640,
        compile_cached: false,
        execution_time_ms: 0,
        cpu_time_ms: null,
        memory_usage_kb: null,
      });
    });

    it('puts the compiler\'s stdout before its stderr in compile_output', () => {
      const compile = stage({ exitCode: 1, stdout: Buffer.from('out;'), stderr: Buffer.from('err') });
      expect(toExecutionResult(job, java, 'v', { compile }).compile_output).toBe('out;err');
    });

    it.each([
      { limit: 'time', overrides: { timedOut: true }, note: '[compilation stopped: it took longer than 30 s]' },
      { limit: 'memory', overrides: { oomKilled: true }, note: '[compilation stopped: the compiler ran out of memory (compile memory limit)]' },
      { limit: 'output', overrides: { outputExceeded: true }, note: '[compilation stopped: too much compiler output]' },
    ])('is compile_error saying why when the compiler hit the $limit limit', ({ overrides, note }) => {
      const compile = stage({ exitCode: null, signal: SIGKILL, stdout: Buffer.from(''), stderr: Buffer.from(''), ...overrides });
      const result = toExecutionResult(job, cpp, 'v', { compile });
      expect(result.status).toBe(ExecutionStatus.CompileError);
      expect(result.compile_output).toBe(`\n${note}`);
    });

    it("names the job's compile limits in the notes: its timeout, and the larger of its compile and run memory", () => {
      const limited = { ...job, compileTimeoutSeconds: 5, compileMemoryLimitMb: 300 };
      const timedOut = stage({ exitCode: null, signal: SIGKILL, stdout: Buffer.from(''), stderr: Buffer.from(''), timedOut: true });
      const killed = stage({ exitCode: 1, stdout: Buffer.from(''), stderr: Buffer.from('g++: fatal error: Killed signal terminated program cc1plus\n'), oomKilled: true });
      expect(toExecutionResult(limited, cpp, 'v', { compile: timedOut }).compile_output).toBe('\n[compilation stopped: it took longer than 5 s]');
      expect(toExecutionResult(limited, cpp, 'v', { compile: killed }).compile_output).toBe(
        'g++: fatal error: Killed signal terminated program cc1plus\n\n[compilation stopped: the compiler ran out of memory (compile memory limit of 300 MB)]',
      );
    });

    it('reports the compile stage\'s output and time beside the run\'s when both ran', () => {
      const result = toExecutionResult(job, cpp, 'v', {
        compile: stage({ wallMs: 900, stdout: Buffer.from(''), stderr: Buffer.from('warning: unused variable\n') }),
        run: stage({ wallMs: 5 }),
      });
      expect(result.status).toBe(ExecutionStatus.Success);
      expect(result.compile_output).toBe('warning: unused variable\n');
      expect(result.compile_time_ms).toBe(900);
      expect(result.execution_time_ms).toBe(5);
    });

    it('reports a compile stage taken from the compile cache as compile_cached, taking 0 ms', () => {
      const result = toExecutionResult(job, cpp, 'v', { compile: stage({ cached: true, wallMs: 900 }), run: stage() });
      expect(result.compile_cached).toBe(true);
      expect(result.compile_time_ms).toBe(0);
    });

    it('reports an empty compile_output, not null, when the compiler was silent', () => {
      const result = toExecutionResult(job, cpp, 'v', { compile: stage({ stdout: Buffer.from('') }), run: stage() });
      expect(result.compile_output).toBe('');
    });
  });
});
