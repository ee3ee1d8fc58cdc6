import { validateEnvironment } from '@ghostide/config';
import { LanguageRegistry } from '@ghostide/languages';
import { encodeBase64 } from '../text-encoding';
import { judge0ConfigInfo } from './judge0-config';
import { judge0Languages } from './judge0-languages';
import { timeLimitSeconds, toJudge0Submission } from './judge0-request';

const LANGUAGES = judge0Languages(new LanguageRegistry().languages, {});
const CONFIG = judge0ConfigInfo(validateEnvironment({}));
const HELLO = { source_code: 'print(input())', language_id: 71 };

function translate(body: unknown, base64Encoded = false) {
  return toJudge0Submission(body, base64Encoded, LANGUAGES, CONFIG);
}

function errors(body: unknown, base64Encoded = false) {
  const translation = translate(body, base64Encoded);
  return 'errors' in translation ? translation.errors : undefined;
}

function translated(body: unknown, base64Encoded = false) {
  const translation = translate(body, base64Encoded);
  if ('errors' in translation) throw new Error(`rejected: ${JSON.stringify(translation.errors)}`);
  return translation;
}

describe('toJudge0Submission', () => {
  it("runs a plain submission with the language's defaults, and keeps them as Judge0 reports them", () => {
    expect(translated({ ...HELLO, stdin: 'world' })).toEqual({
      request: { language: 'python', code: 'print(input())', stdin: 'world', args: [], timeout: 10, memory_limit_mb: 128 },
      settings: {
        language_id: 71,
        expected_output: null,
        command_line_arguments: null,
        number_of_runs: 1,
        cpu_time_limit: 10,
        cpu_extra_time: 0,
        wall_time_limit: 10,
        memory_limit: 131072,
        stack_limit: 8192,
        max_processes_and_or_threads: 64,
        max_file_size: 16384,
      },
    });
  });

  it('takes Java with its own default memory, and C++ by either of its ids (54, 52)', () => {
    expect(translated({ source_code: 'class Main {}', language_id: 62 }).request.memory_limit_mb).toBe(256);
    expect(translated({ source_code: 'int main() {}', language_id: 54 }).request.language).toBe('cpp');
    expect(translated({ source_code: 'int main() {}', language_id: '52' }).request.language).toBe('cpp');
  });

  it('decodes source_code, stdin and expected_output with base64_encoded', () => {
    const { request, settings } = translated(
      { source_code: encodeBase64('print("é")'), language_id: 71, stdin: encodeBase64('in\n'), expected_output: encodeBase64('é\n') },
      true,
    );
    expect(request).toMatchObject({ code: 'print("é")', stdin: 'in\n' });
    expect(settings.expected_output).toBe('é\n');
  });

  it('splits command_line_arguments as bash would', () => {
    expect(translated({ ...HELLO, command_line_arguments: "a 'b c'" })).toMatchObject({
      request: { args: ['a', 'b c'] },
      settings: { command_line_arguments: "a 'b c'" },
    });
  });

  it('runs until the smaller of cpu_time_limit and wall_time_limit, plus cpu_extra_time, at least 1 s', () => {
    expect(translated({ ...HELLO, cpu_time_limit: 2, wall_time_limit: 5 }).request.timeout).toBe(2);
    expect(translated({ ...HELLO, cpu_time_limit: 2, cpu_extra_time: 0.5 }).request.timeout).toBe(2.5);
    expect(translated({ ...HELLO, wall_time_limit: 3 }).request.timeout).toBe(3);
    expect(translated({ ...HELLO, cpu_time_limit: 0, wall_time_limit: 4 }).request.timeout).toBe(4);
    expect(translated({ ...HELLO, cpu_time_limit: 0.2 }).request.timeout).toBe(1);
    expect(translated({ ...HELLO, cpu_time_limit: '2.5' }).request.timeout).toBe(2.5);
    expect(translated({ ...HELLO, cpu_time_limit: 30, wall_time_limit: 30, cpu_extra_time: 5 }).request.timeout).toBe(30);
  });

  it('maps memory_limit (KB) to MB, at least our minimum', () => {
    expect(translated({ ...HELLO, memory_limit: 128000 }).request.memory_limit_mb).toBe(125);
    expect(translated({ ...HELLO, memory_limit: 2048 }).request.memory_limit_mb).toBe(32);
  });

  it('accepts the options it cannot change set to what they are (false, blank, 1)', () => {
    expect(
      errors({
        ...HELLO,
        compiler_options: '',
        callback_url: null,
        enable_network: false,
        enable_per_process_and_thread_time_limit: 'false',
        redirect_stderr_to_stdout: false,
        number_of_runs: 1,
        stack_limit: 64000,
        max_processes_and_or_threads: 60,
        max_file_size: 1024,
        unknown_attribute: 'ignored, as Rails ignores unpermitted parameters',
      }),
    ).toBeUndefined();
  });

  it.each([
    [{ language_id: 71 }, { source_code: ["can't be blank"] }],
    [{ source_code: '  ', language_id: 71 }, { source_code: ["can't be blank"] }],
    [{ source_code: 'x' }, { language_id: ["can't be blank"] }],
    [{ source_code: 'x', language_id: 150000 }, { language_id: ["language with id 150000 doesn't exist"] }],
    [{ source_code: 'x', language_id: 70 }, { language_id: ["language with id 70 doesn't exist"] }],
    [{ ...HELLO, stdin: 5 }, { stdin: ['must be a string'] }],
    [{ ...HELLO, cpu_time_limit: 'fast' }, { cpu_time_limit: ['is not a number'] }],
    [{ ...HELLO, cpu_time_limit: 31 }, { cpu_time_limit: ['must be less than or equal to 30'] }],
    [{ ...HELLO, cpu_time_limit: -1 }, { cpu_time_limit: ['must be greater than or equal to 0'] }],
    [{ ...HELLO, wall_time_limit: 0.5 }, { wall_time_limit: ['must be greater than or equal to 1'] }],
    [{ ...HELLO, cpu_extra_time: 6 }, { cpu_extra_time: ['must be less than or equal to 5'] }],
    [{ ...HELLO, memory_limit: 1024 }, { memory_limit: ['must be greater than or equal to 2048'] }],
    [{ ...HELLO, memory_limit: 524289 }, { memory_limit: ['must be less than or equal to 524288'] }],
    [{ ...HELLO, max_processes_and_or_threads: 0 }, { max_processes_and_or_threads: ['must be greater than 0'] }],
    [{ ...HELLO, max_processes_and_or_threads: 120 }, { max_processes_and_or_threads: ['must be less than or equal to 64'] }],
    [{ ...HELLO, number_of_runs: 3 }, { number_of_runs: ['must be less than or equal to 1'] }],
    [{ ...HELLO, compiler_options: '-O3' }, { compiler_options: ['setting compiler options is not allowed'] }],
    [{ ...HELLO, callback_url: 'http://example.test/cb' }, { callback_url: ['setting callback is not allowed'] }],
    [{ ...HELLO, additional_files: 'UEsDBA==' }, { additional_files: ['setting additional files is not allowed'] }],
    [{ ...HELLO, enable_network: true }, { enable_network: ['enabling network is not allowed'] }],
    [{ ...HELLO, enable_per_process_and_thread_memory_limit: 'true' }, { enable_per_process_and_thread_memory_limit: ['this option cannot be enabled'] }],
    [{ ...HELLO, redirect_stderr_to_stdout: true }, { redirect_stderr_to_stdout: ['redirecting stderr to stdout is not supported'] }],
    [{ ...HELLO, command_line_arguments: "'open" }, { command_line_arguments: ['has a quote that is not closed'] }],
    [{ ...HELLO, command_line_arguments: 'x'.repeat(513) }, { command_line_arguments: ['is too long (maximum is 512 characters)'] }],
  ])('rejects %j with %j', (body, expected) => {
    expect(errors(body)).toEqual(expected);
  });

  it('rejects an expected_output over 1 MB, which Redis would keep with the job', () => {
    expect(errors({ ...HELLO, expected_output: 'x'.repeat(1024 * 1024 + 1) })).toEqual({ expected_output: ['is too long (maximum is 1048576 bytes)'] });
    expect(errors({ ...HELLO, expected_output: 'x'.repeat(1024 * 1024) })).toBeUndefined();
  });

  it('names every problem of every attribute at once, as Rails does', () => {
    expect(errors({ cpu_time_limit: 99, enable_network: true })).toEqual({
      source_code: ["can't be blank"],
      language_id: ["can't be blank"],
      cpu_time_limit: ['must be less than or equal to 30'],
      enable_network: ['enabling network is not allowed'],
    });
  });

  it('rejects Base64 that is not, or that is not UTF-8 text, naming the attribute', () => {
    expect(errors({ source_code: 'print(1)', language_id: 71 }, true)).toEqual({ source_code: ['is not valid Base64'] });
    expect(errors({ ...HELLO, source_code: encodeBase64('x'), stdin: Buffer.from([0xff]).toString('base64') }, true)).toEqual({
      stdin: ['is not UTF-8 text once decoded from Base64 (binary data is not supported)'],
    });
  });

  it('reads a body that is not an object as an empty submission', () => {
    expect(errors([1, 2])).toEqual({ source_code: ["can't be blank"], language_id: ["can't be blank"] });
  });
});

describe('timeLimitSeconds', () => {
  it('is the smaller of the two limits, a CPU limit of 0 being none', () => {
    expect(timeLimitSeconds({ cpu_time_limit: 2, wall_time_limit: 5 })).toBe(2);
    expect(timeLimitSeconds({ cpu_time_limit: 0, wall_time_limit: 5 })).toBe(5);
  });
});
