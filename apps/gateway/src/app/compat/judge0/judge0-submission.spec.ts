import { validateEnvironment } from '@ghostide/config';
import { ExecutionJobData, ExecutionResult, ExecutionStatus, TaskStatus } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { encodeBase64 } from '../text-encoding';
import { judge0ConfigInfo } from './judge0-config';
import { Judge0Settings } from './judge0-request';
import { JUDGE0_DEFAULT_FIELDS, JUDGE0_SUBMISSION_FIELDS, judge0SettingsOf, judge0Submission, requestedFields } from './judge0-submission';

const CONFIG = judge0ConfigInfo(validateEnvironment({}));
const CPP = new LanguageRegistry().find('cpp');
const TOKEN = '5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a';
const SETTINGS: Judge0Settings = {
  language_id: 71,
  expected_output: null,
  command_line_arguments: null,
  number_of_runs: 1,
  cpu_time_limit: 2,
  cpu_extra_time: 0.5,
  wall_time_limit: 10,
  memory_limit: 131072,
  stack_limit: 8192,
  max_processes_and_or_threads: 64,
  max_file_size: 16384,
};
const names = (id: number) => (id === 71 ? 'Python (3.11.2)' : undefined);

function task(result?: Partial<ExecutionResult>): TaskStatus {
  const base: TaskStatus = { task_id: TOKEN, status: 'queued', progress: 0, stage: 'queued', created_at: '2026-11-27T12:00:00.000Z' };
  if (!result) return base;
  return {
    ...base,
    status: 'completed',
    progress: 100,
    stage: 'finished',
    finished_at: '2026-11-27T12:00:01.000Z',
    result: {
      execution_id: TOKEN,
      language: 'python',
      version: 'Python 3.11.2',
      status: ExecutionStatus.Success,
      exit_code: 0,
      signal: null,
      stdout: 'hello, Judge0\n',
      stderr: '',
      output_truncated: false,
      compile_output: null,
      execution_time_ms: 21,
      cpu_time_ms: 21,
      memory_usage_kb: 8120,
      compile_time_ms: null,
      compile_cached: false,
      ...result,
    },
  };
}

function view(source: TaskStatus, fields = JUDGE0_DEFAULT_FIELDS, base64Encoded = false, settings = SETTINGS) {
  return judge0Submission({ task: source, sourceCode: 'print(input())', stdin: 'Judge0', settings }, fields, base64Encoded, names);
}

describe('requestedFields', () => {
  it.each([
    [undefined, JUDGE0_DEFAULT_FIELDS],
    ['', JUDGE0_DEFAULT_FIELDS],
    ['stdout,status_id', ['stdout', 'status_id']],
    ['stdout, language_id', ['stdout', 'language_id']],
    ['*', JUDGE0_SUBMISSION_FIELDS],
    ['token,*', JUDGE0_SUBMISSION_FIELDS],
  ])('reads %j as %j', (fields, expected) => {
    expect(requestedFields(fields)).toEqual({ fields: [...expected] });
  });

  it('names the fields it does not know', () => {
    expect(requestedFields('stdout,foo,bar')).toEqual({ invalid: ['foo', 'bar'] });
  });
});

describe('judge0Submission', () => {
  it("answers the default fields as Judge0's documentation shows them", () => {
    expect(view(task({}))).toEqual({
      stdout: 'hello, Judge0\n',
      time: '0.021',
      memory: 8120,
      stderr: null,
      token: TOKEN,
      compile_output: null,
      message: null,
      status: { id: 3, description: 'Accepted' },
    });
  });

  it('answers a queued submission with status In Queue and nothing measured', () => {
    expect(view(task())).toEqual({
      stdout: null,
      time: null,
      memory: null,
      stderr: null,
      token: TOKEN,
      compile_output: null,
      message: null,
      status: { id: 1, description: 'In Queue' },
    });
  });

  it('answers every attribute for *, decimals as strings, with the language named', () => {
    const all = view(task({}), [...JUDGE0_SUBMISSION_FIELDS]);

    expect(Object.keys(all)).toEqual([...JUDGE0_SUBMISSION_FIELDS]);
    expect(all).toMatchObject({
      source_code: 'print(input())',
      language_id: 71,
      stdin: 'Judge0',
      status_id: 3,
      created_at: '2026-11-27T12:00:00.000Z',
      finished_at: '2026-11-27T12:00:01.000Z',
      cpu_time_limit: '2.0',
      cpu_extra_time: '0.5',
      wall_time_limit: '10.0',
      wall_time: '0.021',
      exit_code: 0,
      exit_signal: null,
      enable_network: false,
      additional_files: null,
      language: { id: 71, name: 'Python (3.11.2)' },
    });
  });

  it('encodes every text attribute in Base64 with base64_encoded, and nothing else', () => {
    const encoded = view(task({ stderr: 'warning\n' }), ['source_code', 'stdin', 'stdout', 'stderr', 'time', 'token'], true);

    expect(encoded).toEqual({
      source_code: encodeBase64('print(input())'),
      stdin: encodeBase64('Judge0'),
      stdout: encodeBase64('hello, Judge0\n'),
      stderr: encodeBase64('warning\n'),
      time: '0.021',
      token: TOKEN,
    });
  });

  it('compares with expected_output: Wrong Answer', () => {
    expect(view(task({}), ['status'], false, { ...SETTINGS, expected_output: 'hello, world' })).toEqual({
      status: { id: 4, description: 'Wrong Answer' },
    });
  });

  it('answers a compile error with the compiler output and no run: no time, memory or exit code', () => {
    const compileError = view(task({ status: ExecutionStatus.CompileError, exit_code: null, stdout: '', compile_output: 'error: x\n' }), [
      'status',
      'compile_output',
      'time',
      'memory',
      'exit_code',
      'stdout',
    ]);

    expect(compileError).toEqual({
      status: { id: 6, description: 'Compilation Error' },
      compile_output: 'error: x\n',
      time: null,
      memory: null,
      exit_code: null,
      stdout: null,
    });
  });

  it('numbers the signal a run ended with', () => {
    const crashed = view(task({ status: ExecutionStatus.RuntimeError, exit_code: null, signal: 'SIGSEGV' }), ['exit_code', 'exit_signal', 'status']);
    expect(crashed).toEqual({ exit_code: 0, exit_signal: 11, status: { id: 7, description: 'Runtime Error (SIGSEGV)' } });
  });
});

describe('judge0SettingsOf', () => {
  const data: ExecutionJobData = {
    executionId: TOKEN,
    languageId: 'cpp',
    files: [{ name: 'main.cpp', content: 'int main() {}' }],
    stdin: '',
    args: [],
    timeoutSeconds: 5,
    memoryLimitMb: 256,
    acceptedAt: '2026-11-27T12:00:00.000Z',
  };

  it('takes the attributes a Judge0 submission was created with', () => {
    expect(judge0SettingsOf({ ...data, compat: { judge0: SETTINGS } }, CONFIG, CPP)).toBe(SETTINGS);
  });

  it('describes a run created through another API in Judge0 terms', () => {
    expect(judge0SettingsOf(data, CONFIG, CPP)).toEqual({
      language_id: 54,
      expected_output: null,
      command_line_arguments: null,
      number_of_runs: 1,
      cpu_time_limit: 5,
      cpu_extra_time: 0,
      wall_time_limit: 5,
      memory_limit: 262144,
      stack_limit: 8192,
      max_processes_and_or_threads: 64,
      max_file_size: 16384,
    });
  });
});
