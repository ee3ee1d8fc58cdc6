import { ExecutionStatus } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, execute, FAST_POLL, ok } from './support/api';
import { PROGRAMS } from './support/programs';
import { TEST_BASE_URL } from './support/service-processes';

const LANGUAGES = Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[];

// What every language does (stdin, args, exit codes, limits, compile errors) is the conformance suite's (conformance.int-spec.ts).
describe.each(LANGUAGES)('%s through the HTTP API, a real worker and Docker', (language) => {
  const programs = PROGRAMS[language];

  it('runs hello world', async () => {
    const result = await execute({ language, code: programs.helloWorld });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, exit_code: 0, signal: null, stdout: 'hello, world\n', language });
    expect(result.version).not.toBe('unknown');
    expect(result.execution_time_ms).toBeGreaterThan(0);
    expect(result.memory_usage_kb).toBeGreaterThan(0);
  });

  it('stops a long sleep at the timeout', async () => {
    const result = await execute({ language, code: programs.longSleep, timeout: 1 });
    expect(result).toMatchObject({ status: ExecutionStatus.Timeout, signal: 'SIGKILL' });
  });

  it('has no network: the only interface is lo', async () => {
    const result = await execute({ language, code: programs.listInterfaces });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: 'lo\n' });
  });

  it('does not run as root', async () => {
    const result = await execute({ language, code: programs.printUid });
    expect(result.stdout).toMatch(/^Uid:\s+10001\s+10001\s+10001\s+10001\n$/);
  });

  it('has a read-only root filesystem and a writable workspace', async () => {
    const result = await execute({ language, code: programs.writeProbe });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: 'etc:denied workspace:ok\n' });
  });

  it('runs asynchronously: queued, then completed with the result', async () => {
    const { data: accepted, response } = await api.POST('/api/v1/execution/execute/async', { body: { language, code: programs.helloWorld } });
    expect({ status: response.status, body: accepted }).toMatchObject({ status: 202, body: { status: 'queued' } });
    const final = await api.waitForTask(String(accepted?.task_id), FAST_POLL);
    expect(final).toMatchObject({ status: 'completed', progress: 100, result: { status: ExecutionStatus.Success, stdout: 'hello, world\n' } });
    expect(final.finished_at).toBeDefined();
  });

  if (programs.forkBomb) {
    const forkBomb = programs.forkBomb;
    it('contains a fork bomb, and the next run still works', async () => {
      const bomb = await execute({ language, code: forkBomb, timeout: 3 });
      expect([ExecutionStatus.Timeout, ExecutionStatus.RuntimeError]).toContain(bomb.status);
      const next = await execute({ language, code: programs.helloWorld });
      expect(next).toMatchObject({ status: ExecutionStatus.Success, stdout: 'hello, world\n' });
    });
  }
});

describe('language-specific behaviour', () => {
  it('runs a Java program whose public class is not Main', async () => {
    const result = await execute({
      language: 'java',
      code: 'public class Solution { public static void main(String[] args) { System.out.println("solved"); } }',
    });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: 'solved\n' });
  });

  it('compiles a C++ program including bits/stdc++.h with the default limits, through the precompiled header', async () => {
    const code = '#include <bits/stdc++.h>\nusing namespace std;\nint main() { vector<int> v{3, 1, 2}; sort(v.begin(), v.end()); cout << v[0] << v[2] << "\\n"; }';
    const result = await execute({ language: 'cpp', code });
    // Empty compile output: with -Winvalid-pch, a precompiled header g++ could not use would be named here.
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: '13\n', compile_output: '' });
  });

  it('compiles a C++ program including <regex> with the default limits: the compile has its own memory', async () => {
    const code = '#include <iostream>\n#include <regex>\nint main() { std::cout << std::regex_match("aab", std::regex("a+b")) << "\\n"; }';
    const result = await execute({ language: 'cpp', code });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: '1\n' });
  });

  it("stops a compile at the request's compile_timeout and says so in compile_output", async () => {
    const code = '#include <iostream>\n#include <regex>\nint main() { std::cout << std::regex_match("ab", std::regex("a+b")) << "\\n"; }';
    const result = await execute({ language: 'cpp', code, compile_timeout: 1 });
    expect(result).toMatchObject({ status: ExecutionStatus.CompileError, stdout: '' });
    expect(result.compile_output).toContain('[compilation stopped: it took longer than 1 s]');
  });

  it('runs a multi-file Python program importing a module from a sub-folder', async () => {
    const result = await execute({
      language: 'PY',
      files: [
        { name: 'main.py', content: 'from lib.util import shout\nprint(shout("hi"))' },
        { name: 'lib/__init__.py', content: '' },
        { name: 'lib/util.py', content: 'def shout(s):\n    return s.upper()' },
      ],
    });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: 'HI\n' });
  });
});

describe('the other endpoints, through the generated client', () => {
  it('serves at /api/docs-json exactly the committed openapi/openapi.json the client is generated from', async () => {
    // Raw fetch: the document is not one of its own operations.
    const served = await fetch(`${TEST_BASE_URL}/api/docs-json`).then((response) => response.json());
    expect(served).toEqual(JSON.parse(readFileSync(join(__dirname, '../../../openapi/openapi.json'), 'utf8')));
  });

  it('runs with runAndWait, reporting the task as it goes', async () => {
    const seen: string[] = [];
    const final = await api.runAndWait(
      { language: 'python', code: PROGRAMS.python.helloWorld },
      { ...FAST_POLL, onProgress: (task) => seen.push(task.status) },
    );
    expect(final).toMatchObject({ status: 'completed', result: { status: ExecutionStatus.Success, stdout: 'hello, world\n' } });
    expect(seen[seen.length - 1]).toBe('completed');
  });

  it('answers 404 for an unknown task', async () => {
    const { error, response } = await api.GET('/api/v1/execution/task/{task_id}', { params: { path: { task_id: 'no-such-task' } } });
    expect(response.status).toBe(404);
    expect(error?.message).toBe('task "no-such-task" not found (unknown, or its result has expired)');
  });

  it('lists every registered language, installed, with the version its image reports', async () => {
    const languages = await ok('GET languages', api.GET('/api/v1/execution/languages'));
    expect(languages.map((language) => language.id)).toEqual(new LanguageRegistry().languages.map((language) => language.id));
    for (const language of languages) {
      expect({ id: language.id, installed: language.installed, version: language.version }).toEqual({
        id: language.id,
        installed: true,
        version: expect.not.stringMatching(/^unknown$/),
      });
    }
  });

  it('finds a language by alias, and answers 404 naming an unknown one', async () => {
    const cpp = await ok('GET language c++', api.GET('/api/v1/execution/languages/{language}', { params: { path: { language: 'c++' } } }));
    expect(cpp).toMatchObject({ id: 'cpp', compiled: true });

    const { error, response } = await api.GET('/api/v1/execution/languages/{language}', { params: { path: { language: 'brainfuck' } } });
    expect(response.status).toBe(404);
    expect(error?.message).toMatch(/^language "brainfuck" is not supported; use one of: python, /);
  });

  it('validates a JSON body and the query form alike, without running', async () => {
    const expected = { valid: true, errors: [], warnings: [expect.stringContaining('subprocess')] };
    const fromBody = await ok('POST validate', api.POST('/api/v1/execution/validate', { body: { language: 'python', code: 'import subprocess' } }));
    expect(fromBody).toEqual(expected);
    const fromQuery = await ok(
      'POST validate?',
      api.POST('/api/v1/execution/validate', { params: { query: { language: 'python', code: 'import subprocess' } } }),
    );
    expect(fromQuery).toEqual(expected);
  });

  it('is live and ready, naming Redis, the workers and Docker', async () => {
    expect(await ok('GET live', api.GET('/health/live'))).toMatchObject({ status: 'ok' });
    const ready = await ok('GET ready', api.GET('/health/ready'));
    expect(ready).toMatchObject({ status: 'ok', details: { redis: { status: 'up' }, workers: { status: 'up' }, docker: { status: 'up' } } });
  });
});
