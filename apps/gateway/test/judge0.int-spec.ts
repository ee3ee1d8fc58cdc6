/**
 * Judge0's API driven as judge0-python, the official Judge0 SDK, drives it
 * (support/judge0-sdk.ts cites the SDK code each step mirrors): at start-up
 * GET /languages and /config_info, and /about to pick its table of language
 * ids; per submission POST /submissions?base64_encoded=true&wait=false, then
 * GET /submissions/{token}?base64_encoded=true&fields=* until done; several at
 * once through /submissions/batch.
 */
import type { TaskStatus } from '@ghostide/contracts';
import { call } from './support/api';
import { Judge0Client, run, Status, Submission } from './support/judge0-sdk';
import { PROGRAMS } from './support/programs';
import { TEST_BASE_URL } from './support/service-processes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Judge0 sends message in Base64 too with base64_encoded=true (SubmissionSerializer#message),
 * and the SDK does not decode it (message is not among its ENCODED_FIELDS): it holds Base64.
 */
function fromBase64(message: unknown): string {
  return Buffer.from(String(message), 'base64').toString('utf8');
}

describe('Judge0 API through a client doing what judge0-python does', () => {
  let client: Judge0Client;

  beforeAll(async () => {
    // Client(endpoint): fails unless /languages and every Config field of /config_info read as the SDK's models.
    client = await Judge0Client.connect(`${TEST_BASE_URL}/judge0`);
  });

  /** judge0.run(client=…, submissions=[one]): create, then wait. */
  async function runOne(submission: Submission): Promise<Submission> {
    const [done] = await run(client, [submission]);
    return done;
  }

  it("reports the Judge0 version whose SDK table gives our languages' ids, all of them served", async () => {
    expect(await client.getVersion()).toBe('1.13.1');
    for (const language of ['PYTHON', 'JAVASCRIPT', 'JAVA', 'CPP'] as const) {
      expect({ language, supported: await client.isLanguageSupported(language) }).toEqual({ language, supported: true });
    }
    expect(client.languages.map((language) => language.id)).toEqual(expect.arrayContaining([71, 63, 62, 54, 52]));
  });

  it('runs hello world: Accepted, with time, memory and a UUID token', async () => {
    const done = await runOne({ source_code: PROGRAMS.python.helloWorld, language: 'PYTHON' });

    expect(done).toMatchObject({ status: Status.ACCEPTED, stdout: 'hello, world\n', stderr: null, exit_code: 0, compile_output: null });
    expect(done.token).toMatch(UUID);
    expect(done.time).toBeGreaterThan(0);
    expect(done.memory).toBeGreaterThan(0);
    expect(done.finished_at).toBeInstanceOf(Date);
  });

  it('runs through our own queue: the token is a task of /api/v1', async () => {
    const done = await runOne({ source_code: PROGRAMS.javascript.helloWorld, language: 'JAVASCRIPT' });

    const task = await call<TaskStatus>('GET', `/api/v1/execution/task/${done.token}`);

    expect(task.body).toMatchObject({ task_id: done.token, status: 'completed', result: { language: 'javascript', stdout: 'hello, world\n' } });
  });

  it('feeds stdin and compares expected_output: Accepted, or Wrong Answer', async () => {
    const accepted = await runOne({ source_code: PROGRAMS.python.echoStdin, language: 'PYTHON', stdin: 'ghost\n', expected_output: 'got ghost' });
    const wrong = await runOne({ source_code: PROGRAMS.python.echoStdin, language: 'PYTHON', stdin: 'ghost\n', expected_output: 'got casper' });

    expect(accepted).toMatchObject({ status: Status.ACCEPTED, stdout: 'got ghost\n', expected_output: 'got ghost', stdin: 'ghost\n' });
    expect(wrong).toMatchObject({ status: Status.WRONG_ANSWER, stdout: 'got ghost\n' });
  });

  it('passes command_line_arguments, split as bash splits them', async () => {
    const done = await runOne({ source_code: PROGRAMS.java.printArgs, language: 'JAVA', command_line_arguments: "one 'two words' \"three\"" });

    expect(done).toMatchObject({ status: Status.ACCEPTED, stdout: 'one|two words|three\n' });
  });

  it('reports a compile error with the compiler output', async () => {
    const done = await runOne({ source_code: PROGRAMS.cpp.compileError as string, language: 'CPP' });

    expect(done).toMatchObject({ status: Status.COMPILATION_ERROR, stdout: null, time: null, exit_code: null });
    expect(done.compile_output).toMatch(/undefined_name/);
  });

  it('stops an infinite loop at cpu_time_limit: Time Limit Exceeded', async () => {
    const done = await runOne({ source_code: PROGRAMS.python.infiniteLoop, language: 'PYTHON', cpu_time_limit: 1 });

    expect(done.status).toBe(Status.TIME_LIMIT_EXCEEDED);
    expect(fromBase64(done.message)).toBe('Time limit exceeded');
  });

  it('runs a batch through /submissions/batch, each with its own status', async () => {
    const submissions: Submission[] = [
      { source_code: PROGRAMS.python.echoStdin, language: 'PYTHON', stdin: 'python\n' },
      { source_code: PROGRAMS.javascript.echoStdin, language: 'JAVASCRIPT', stdin: 'javascript\n' },
      { source_code: PROGRAMS.java.echoStdin, language: 'JAVA', stdin: 'java\n' },
      { source_code: PROGRAMS.cpp.echoStdin, language: 'CPP', stdin: 'cpp\n' },
      { source_code: PROGRAMS.python.exitThree, language: 'PYTHON' },
    ];

    const done = await run(client, submissions);

    expect(done.map(({ status, stdout }) => ({ status, stdout }))).toEqual([
      { status: Status.ACCEPTED, stdout: 'got python\n' },
      { status: Status.ACCEPTED, stdout: 'got javascript\n' },
      { status: Status.ACCEPTED, stdout: 'got java\n' },
      { status: Status.ACCEPTED, stdout: 'got cpp\n' },
      { status: Status.RUNTIME_ERROR_NZEC, stdout: 'bye\n' },
    ]);
    expect(done[4].exit_code).toBe(3);
    expect(fromBase64(done[4].message)).toBe('Exited with error status 3');
    expect(new Set(done.map((submission) => submission.token)).size).toBe(5);
  });

  it('answers wait=true with the finished submission', async () => {
    const response = await call('POST', '/judge0/submissions?wait=true', { source_code: PROGRAMS.python.helloWorld, language_id: 71 });

    expect(response).toMatchObject({ status: 201, body: { stdout: 'hello, world\n', status: { id: 3, description: 'Accepted' } } });
  });

  describe("errors, in Judge0's shapes", () => {
    it('answers an unknown language id with 422 naming it', async () => {
      const response = await call('POST', '/judge0/submissions', { source_code: 'x', language_id: 9999 });

      expect(response).toMatchObject({ status: 422, body: { language_id: ["language with id 9999 doesn't exist"] } });
    });

    it('answers a submission without source_code, or with options we do not offer, with 422 per attribute', async () => {
      const response = await call('POST', '/judge0/submissions', { language_id: 71, enable_network: true, callback_url: 'http://127.0.0.1:1/' });

      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        source_code: ["can't be blank"],
        enable_network: ['enabling network is not allowed'],
        callback_url: ['setting callback is not allowed'],
      });
    });

    it('answers malformed JSON with 400 {error}', async () => {
      const response = await call('POST', '/judge0/submissions', '{"source_code": ');

      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: expect.stringMatching(/^request body is not valid JSON/) });
    });

    it('answers an unknown token with 404 {error}, and unknown fields with 400 {error}', async () => {
      expect(await call('GET', '/judge0/submissions/5b0f7c1e-2a4d-4a4e-9d7e-3f2b1c0d9e8a')).toMatchObject({ status: 404, body: { error: expect.any(String) } });
      expect(await call('GET', '/judge0/submissions/batch?tokens=x&fields=nope')).toMatchObject({ status: 400, body: { error: 'invalid fields: [nope]' } });
    });
  });
});
