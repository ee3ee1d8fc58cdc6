/**
 * Piston's API driven by piston-client 1.0.2 from npm, unmodified: the client
 * people already call Piston with. It sends what it sends by default: a file
 * without a name, args ["1", "2", "3"], run_timeout 3000, memory limits of -1,
 * and its JSON as text/plain (it sets no Content-Type). It never throws: an
 * error comes back as the server's body.
 */
import piston from 'piston-client';
import { LanguageRegistry } from '@ghostide/languages';
import { call } from './support/api';
import { PROGRAMS } from './support/programs';
import { TEST_BASE_URL } from './support/service-processes';

/** Piston's answer to execute, as the client returns it. */
interface PistonStage {
  stdout: string;
  stderr: string;
  output: string;
  code: number | null;
  signal: string | null;
  status: string | null;
}
interface PistonResult {
  language: string;
  version: string;
  run: PistonStage;
  compile?: PistonStage;
  message?: string;
}
interface PistonRuntime {
  language: string;
  version: string;
  aliases: string[];
}

const client = piston({ server: TEST_BASE_URL });
const execute = (...args: Parameters<typeof client.execute>) => client.execute(...args) as Promise<PistonResult>;
const SEMVER = /^\d+\.\d+\.\d+$/;

describe('Piston API through piston-client', () => {
  it('lists a runtime with a real version for each language, under Piston names', async () => {
    const runtimes = (await client.runtimes()) as PistonRuntime[];

    expect(runtimes.map((runtime) => runtime.language)).toEqual(new LanguageRegistry().languages.map((language) => language.piston?.language ?? language.id));
    for (const runtime of runtimes) expect(runtime.version).toMatch(SEMVER);
    expect(runtimes.map((runtime) => runtime.version)).not.toContain('0.0.0');
  });

  it("runs hello world with the client's defaults, reporting the runtime's version", async () => {
    const runtimes = (await client.runtimes()) as PistonRuntime[];

    const result = await execute('python', PROGRAMS.python.helloWorld);

    expect(result).toEqual({
      language: 'python',
      version: runtimes.find((runtime) => runtime.language === 'python')?.version,
      run: expect.objectContaining({ stdout: 'hello, world\n', stderr: '', output: 'hello, world\n', code: 0, signal: null }),
    });
  });

  it('passes its default args ["1", "2", "3"], and args given', async () => {
    expect((await execute('javascript', PROGRAMS.javascript.printArgs)).run.stdout).toBe('1|2|3\n');
    expect((await execute('python', PROGRAMS.python.printArgs, { args: ['one', 'two words'] })).run.stdout).toBe('one|two words\n');
  });

  it('feeds stdin, ending it with a newline as Piston does', async () => {
    const result = await execute('python', PROGRAMS.python.echoStdin, { stdin: 'ghost' });

    expect(result.run).toMatchObject({ stdout: 'got ghost\n', code: 0 });
  });

  it('runs named files, the first one, with a Base64 data file beside it', async () => {
    const result = await execute({
      language: 'py',
      version: '*',
      files: [
        { name: 'main.py', content: 'import helper\nhelper.greet(open("name.txt").read())' },
        { name: 'helper.py', content: 'def greet(name):\n    print("hi " + name)' },
        { name: 'name.txt', content: Buffer.from('ghost').toString('base64'), encoding: 'base64' },
      ],
    });

    expect(result.run).toMatchObject({ stdout: 'hi ghost\n', code: 0 });
  });

  it('reports a compile error in compile, with run the same, as Piston does', async () => {
    const result = await execute('c++', PROGRAMS.cpp.compileError as string);

    expect(result.language).toBe('c++');
    expect(result.compile).toMatchObject({ code: 1, status: 'RE' });
    expect(result.compile?.stderr).toMatch(/error/);
    expect(result.run).toEqual(result.compile);
  });

  it('stops an infinite loop at run_timeout with SIGKILL and status TO', async () => {
    const result = await execute('python', PROGRAMS.python.infiniteLoop, { runTimeout: 1000 });

    expect(result.run).toMatchObject({ code: null, signal: 'SIGKILL', status: 'TO' });
  });

  it('reports a non-zero exit with its code', async () => {
    const result = await execute('python', PROGRAMS.python.exitThree);

    expect(result.run).toMatchObject({ stdout: 'bye\n', code: 3, signal: null, status: 'RE' });
  });

  it('runs several requests at once, one per language (Piston has no batch)', async () => {
    const languages = ['python', 'javascript', 'java', 'c++'] as const;
    const sources = [PROGRAMS.python, PROGRAMS.javascript, PROGRAMS.java, PROGRAMS.cpp];

    const results = await Promise.all(languages.map((language, index) => execute(language, sources[index].echoStdin, { stdin: language })));

    expect(results.map((result) => [result.language, result.run.stdout])).toEqual(languages.map((language) => [language, `got ${language}\n`]));
  });

  describe("errors, in Piston's shape", () => {
    it('answers a language it does not have: the client finds no version to send', async () => {
      expect(await execute('brainfuck', '+.')).toEqual({ message: 'version is required as a string' });
    });

    it('answers a version it does not have', async () => {
      expect(await execute('python', PROGRAMS.python.helloWorld, { version: '2.7.18' })).toEqual({ message: 'python-2.7.18 runtime is unknown' });
    });

    it('answers limits over ours', async () => {
      expect(await execute('python', PROGRAMS.python.helloWorld, { runTimeout: 60_000 })).toEqual({
        message: 'run_timeout cannot exceed the configured limit of 30000',
      });
    });

    it('answers a bad request with 400 {message}', async () => {
      const response = await call('POST', '/api/v2/execute', { language: 'python', version: '*', files: 'print(1)' });

      expect(response).toMatchObject({ status: 400, body: { message: 'files is required as an array' } });
    });

    it('answers malformed JSON with 400 {message}', async () => {
      const response = await call('POST', '/api/v2/execute', '{"language": ');

      expect(response.status).toBe(400);
      expect(response.body).toEqual({ message: expect.stringMatching(/^request body is not valid JSON/) });
    });
  });
});
