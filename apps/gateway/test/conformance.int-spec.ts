import { ExecutionStatus, OUTPUT_LIMIT_BYTES } from '@ghostide/contracts';
import type { ExecutionRequest, ExecutionResult } from '@ghostide/execution-client';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { api } from './support/api';

/**
 * The conformance suite: the same behaviours, through the public API, for every
 * registered language, with the programs of its own module (`conformance`).
 * A language that does not pass it is not registered. CONFORMANCE_LANGUAGES
 * (ids, comma-separated) narrows it while one is being added.
 */
const only = process.env['CONFORMANCE_LANGUAGES']?.split(',').map((id) => id.trim());
const LANGUAGES = new LanguageRegistry().languages.filter((language) => !only || only.includes(language.id));

/** Sent to echoStdin and printArgs: accents, a symbol, CJK and an emoji, as UTF-8. */
const UTF8_TEXT = 'héllo wörld ✓ 你好 👻';

/**
 * Queued and polled, not one waiting request: a language's cases run two at a time, so those of a
 * slow compiler (tsc, kotlinc) wait longer in the queue than a synchronous request waits.
 */
async function execute(request: ExecutionRequest): Promise<ExecutionResult> {
  const task = await api.runAndWait(request, { intervalMs: 200, timeoutMs: 600_000 });
  if (!task.result) throw new Error(`task ${task.task_id} ended ${task.status} without a result: ${task.error ?? ''}`);
  return task.result;
}

type CaseName = 'hello' | 'stdin' | 'args' | 'exitCode' | 'crash' | 'timeout' | 'memory' | 'output' | 'compileError' | 'multiFile';

/** The requests of one language's cases; undefined where the language has no such case. */
function requestsOf(language: LanguageDefinition): Partial<Record<CaseName, ExecutionRequest>> {
  const { conformance: programs, limits } = language;
  const base = { language: language.id };
  return {
    hello: { ...base, code: language.sample },
    stdin: { ...base, code: programs.echoStdin, stdin: `${UTF8_TEXT}\n` },
    args: { ...base, code: programs.printArgs, args: ['one', 'two words', '"three"', UTF8_TEXT] },
    exitCode: { ...base, code: programs.exitThree },
    crash: { ...base, code: programs.crash },
    timeout: { ...base, code: programs.infiniteLoop, timeout: 2 },
    memory: { ...base, code: programs.memoryBomb, memory_limit_mb: limits.defaultMemoryMb, timeout: limits.maxTimeoutS },
    output: { ...base, code: programs.outputFlood, timeout: limits.maxTimeoutS },
    compileError: programs.compileError ? { ...base, code: programs.compileError } : undefined,
    multiFile: programs.multiFile ? { ...base, files: programs.multiFile } : undefined,
  };
}

describe.each(LANGUAGES.map((language) => [language.id, language] as const))('%s: conformance', (_id, language) => {
  const requests = requestsOf(language);
  const results = new Map<CaseName, Promise<ExecutionResult>>();

  // All of a language's cases are queued at once, so they use every sandbox the worker has.
  beforeAll(() => {
    for (const [name, request] of Object.entries(requests) as [CaseName, ExecutionRequest | undefined][]) {
      if (!request) continue;
      const result = execute(request);
      result.catch(() => undefined); // awaited by its own test, which reports the failure
      results.set(name, result);
    }
  });

  const resultOf = (name: CaseName): Promise<ExecutionResult> => results.get(name) as Promise<ExecutionResult>;

  it('runs its sample: "Hello, world!", with the toolchain\'s real version', async () => {
    const result = await resultOf('hello');
    expect(result).toMatchObject({ status: ExecutionStatus.Success, exit_code: 0, stdout: 'Hello, world!\n', language: language.id });
    expect(result.version).toMatch(/\d/);
    expect(result.version).not.toBe('unknown');
  });

  it('reads UTF-8 stdin and writes it back', async () => {
    expect(await resultOf('stdin')).toMatchObject({ status: ExecutionStatus.Success, stdout: `got ${UTF8_TEXT}\n` });
  });

  it('gets its arguments intact: spaces, quotes, UTF-8', async () => {
    expect(await resultOf('args')).toMatchObject({ status: ExecutionStatus.Success, stdout: `one|two words|"three"|${UTF8_TEXT}\n` });
  });

  it('reports exit code 3 as runtime_error, with the output before it', async () => {
    expect(await resultOf('exitCode')).toMatchObject({ status: ExecutionStatus.RuntimeError, exit_code: 3, stdout: 'bye\n' });
  });

  it('reports a crash as runtime_error', async () => {
    expect((await resultOf('crash')).status).toBe(ExecutionStatus.RuntimeError);
  });

  it('stops an endless computation at the timeout', async () => {
    expect(await resultOf('timeout')).toMatchObject({ status: ExecutionStatus.Timeout, exit_code: null });
  });

  it('reports memory_limit_exceeded for endless allocation at its default memory limit', async () => {
    expect((await resultOf('memory')).status).toBe(ExecutionStatus.MemoryLimitExceeded);
  });

  it('cuts endless output at the output limit', async () => {
    const result = await resultOf('output');
    expect(result).toMatchObject({ status: ExecutionStatus.OutputLimitExceeded, output_truncated: true });
    expect(Buffer.byteLength(result.stdout) + Buffer.byteLength(result.stderr)).toBeLessThanOrEqual(OUTPUT_LIMIT_BYTES);
  });

  if (requests.compileError) {
    it('reports a compile error with the compiler\'s message, running nothing', async () => {
      const result = await resultOf('compileError');
      expect(result).toMatchObject({ status: ExecutionStatus.CompileError, exit_code: null, stdout: '' });
      expect(result.compile_output?.trim()).not.toBe('');
    });
  }

  if (requests.multiFile) {
    it('runs a program of several files', async () => {
      expect(await resultOf('multiFile')).toMatchObject({ status: ExecutionStatus.Success, stdout: 'sum 5\n' });
    });
  }
});
