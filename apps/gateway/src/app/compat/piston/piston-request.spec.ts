import { LanguageRegistry } from '@ghostide/languages';
import { toPistonJob } from './piston-request';
import { pistonRuntimes } from './piston-runtimes';

const RUNTIMES = pistonRuntimes(new LanguageRegistry().languages, {
  python: 'Python 3.11.2',
  javascript: 'v20.19.2',
  java: 'javac 17.0.16',
  cpp: 'g++ (Debian 12.2.0-14) 12.2.0',
});
const MAX_MEMORY_MB = 512;
const PRINT = { content: 'print(1)' };

function job(body: unknown) {
  return toPistonJob(body, RUNTIMES, { maxMemoryMb: MAX_MEMORY_MB, compileMemoryMb: MAX_MEMORY_MB });
}

function rejection(body: unknown): string | undefined {
  try {
    job(body);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** What piston-client 1.0.2 sends for execute('python', code): a file without a name, args 1 2 3, memory -1. */
const PISTON_CLIENT_DEFAULTS = {
  language: 'python',
  version: '3.11.2',
  files: [{ content: 'print(1)' }],
  stdin: '',
  args: ['1', '2', '3'],
  compile_timeout: 10000,
  run_timeout: 3000,
  compile_memory_limit: -1,
  run_memory_limit: -1,
};

describe('toPistonJob', () => {
  it("turns piston-client's defaults into our request: default file name, its args, 3 s, our default memory", () => {
    const { runtime, request } = job(PISTON_CLIENT_DEFAULTS);

    expect(runtime.info.language).toBe('python');
    expect(request).toEqual({
      language: 'python',
      files: [{ name: 'main.py', content: 'print(1)' }],
      stdin: '\n',
      args: ['1', '2', '3'],
      timeout: 3,
    });
  });

  it('resolves c++ to our cpp and names a nameless entry file main.cpp', () => {
    const { request } = job({ language: 'c++', version: '*', files: [{ content: 'int main() {}' }] });

    expect(request.language).toBe('cpp');
    expect(request.files).toEqual([{ name: 'main.cpp', content: 'int main() {}' }]);
  });

  it('ends stdin with a newline, as Piston does, unless it has one', () => {
    expect(job({ language: 'py', version: '*', files: [PRINT], stdin: 'abc' }).request.stdin).toBe('abc\n');
    expect(job({ language: 'py', version: '*', files: [PRINT], stdin: 'abc\n' }).request.stdin).toBe('abc\n');
  });

  it('runs the first utf8 file, decodes base64 and hex files, and names nameless other files file<i>.code', () => {
    const { request } = job({
      language: 'python',
      version: '*',
      files: [
        { name: 'data.txt', content: Buffer.from('42').toString('base64'), encoding: 'base64' },
        { content: 'print(open("data.txt").read())' },
        { content: '6869', encoding: 'hex' },
      ],
    });

    expect(request.files).toEqual([
      { name: 'main.py', content: 'print(open("data.txt").read())' },
      { name: 'data.txt', content: '42' },
      { name: 'file2.code', content: 'hi' },
    ]);
  });

  it('treats an unknown encoding as utf8, as Piston does', () => {
    expect(job({ language: 'py', version: '*', files: [{ content: 'print(1)', encoding: 'latin1' }] }).request.files?.[0].content).toBe(
      'print(1)',
    );
  });

  it('maps run_timeout and run_cpu_time (ms) to the smaller timeout in seconds, at least 1 s', () => {
    expect(job({ ...PISTON_CLIENT_DEFAULTS, run_timeout: 5000, run_cpu_time: 2500 }).request.timeout).toBe(2.5);
    expect(job({ ...PISTON_CLIENT_DEFAULTS, run_timeout: 200 }).request.timeout).toBe(1);
    expect(job({ ...PISTON_CLIENT_DEFAULTS, run_timeout: undefined }).request.timeout).toBeUndefined();
  });

  it('maps run_memory_limit (bytes) to whole MB, at least our minimum; 0 and -1 leave our default', () => {
    expect(job({ ...PISTON_CLIENT_DEFAULTS, run_memory_limit: 256_000_000 }).request.memory_limit_mb).toBe(245);
    expect(job({ ...PISTON_CLIENT_DEFAULTS, run_memory_limit: 1_000_000 }).request.memory_limit_mb).toBe(32);
    expect(job({ ...PISTON_CLIENT_DEFAULTS, run_memory_limit: 0 }).request.memory_limit_mb).toBeUndefined();
    expect(job({ ...PISTON_CLIENT_DEFAULTS, run_memory_limit: -1 }).request.memory_limit_mb).toBeUndefined();
  });

  it('maps compile_timeout (ms) and compile_memory_limit (bytes) of a compiled language to ours; -1 leaves our default', () => {
    const cpp = { ...PISTON_CLIENT_DEFAULTS, language: 'c++', version: '*' };
    expect(job({ ...cpp, compile_memory_limit: 300 * 1024 * 1024 }).request).toMatchObject({ compile_timeout: 10, compile_memory_limit_mb: 300 });
    expect(job(cpp).request.compile_memory_limit_mb).toBeUndefined();
    expect(job({ ...PISTON_CLIENT_DEFAULTS }).request.compile_timeout).toBeUndefined();
  });

  it("does not check compile limits of a language without a compile stage, as Piston skips a limit of 0", () => {
    expect(rejection({ ...PISTON_CLIENT_DEFAULTS, compile_timeout: 999_999 })).toBeUndefined();
  });

  it.each([
    [{}, 'language is required as a string'],
    [null, 'language is required as a string'],
    [{ language: 5 }, 'language is required as a string'],
    [{ language: 'python' }, 'version is required as a string'],
    [{ language: 'python', version: '*' }, 'files is required as an array'],
    [{ language: 'python', version: '*', files: 'print(1)' }, 'files is required as an array'],
    [{ language: 'python', version: '*', files: [{ content: 'x' }, { name: 'a.py' }] }, 'files[1].content is required as a string'],
    [{ language: 'python', version: '*', files: [null] }, 'files[0].content is required as a string'],
    [{ language: 'brainfuck', version: '*', files: [PRINT] }, 'brainfuck-* runtime is unknown'],
    [{ language: 'python', version: '3.10.0', files: [PRINT] }, 'python-3.10.0 runtime is unknown'],
    [{ language: 'python', version: '*', files: [{ content: 'eA==', encoding: 'base64' }] }, 'files must include at least one utf8 encoded file'],
    [{ language: 'python', version: '*', files: [PRINT, { content: '%%', encoding: 'base64' }] }, 'files[1].content is not valid Base64'],
    [{ ...PISTON_CLIENT_DEFAULTS, run_timeout: '3000' }, 'If specified, run_timeout must be a number'],
    [{ ...PISTON_CLIENT_DEFAULTS, run_timeout: 30001 }, 'run_timeout cannot exceed the configured limit of 30000'],
    [{ ...PISTON_CLIENT_DEFAULTS, run_timeout: -5 }, 'run_timeout must be non-negative'],
    [{ ...PISTON_CLIENT_DEFAULTS, run_memory_limit: 513 * 1024 * 1024 }, 'run_memory_limit cannot exceed the configured limit of 536870912'],
    [{ ...PISTON_CLIENT_DEFAULTS, run_memory_limit: -2 }, 'run_memory_limit must be non-negative'],
    [
      { ...PISTON_CLIENT_DEFAULTS, language: 'c++', version: '*', compile_timeout: 30001 },
      'compile_timeout cannot exceed the configured limit of 30000',
    ],
  ])('rejects %j: %s', (body, message) => {
    expect(rejection(body)).toBe(message);
  });
});
