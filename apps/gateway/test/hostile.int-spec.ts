import { ExecutionResult, ExecutionStatus, OUTPUT_LIMIT_BYTES } from '@ghostide/contracts';
import { execFileSync } from 'node:child_process';
import { api, execute } from './support/api';
import {
  BACKGROUND_FORK_BOMB,
  BINARY_OUTPUT_PYTHON,
  CLEAN_SANDBOX,
  CPU_BURN_THREADS,
  CREATE_EMPTY_FILES_PYTHON,
  DEEP_RECURSION,
  FILL_WRITABLE_PLACES_PYTHON,
  FORGE_AGENT_ANSWER_PYTHON,
  HOST_FILES_AND_ENVIRONMENT,
  IGNORE_SIGTERM_PYTHON,
  INSPECT_AND_LITTER,
  LanguageId,
  MEMORY_CREEP,
  NETWORK_PROBES,
  ORPHANS,
  OUTPUT_FLOODS,
  PRIVILEGE_PROBES_CPP,
  SLEEP_IN_CHILD,
  SPAWN_BOMB_JAVA,
  SYMLINKS_OUT_OF_WORKSPACE_PYTHON,
  THREAD_BOMB,
  WRITE_OUTSIDE_WORKSPACE_PYTHON,
  WRITE_PAST_FILE_SIZE_LIMIT,
} from './support/hostile-programs';
import { PROGRAMS } from './support/programs';
import { INTEGRATION_WORKER_ID, ISOLATION, TEST_BASE_URL, TEST_PORT } from './support/service-processes';

/**
 * Programs that attack the sandbox. Each case states the exact outcome; after
 * each, a hello world in the same language must still run, and the worker
 * must not keep more containers than its warm pools hold.
 */

const MIB = 1024 * 1024;
/**
 * 6 warm pools × 2 containers (4 languages at their run limit, and the compile limit of the 2 compiled
 * ones), plus 2: a pool at another memory limit or containers being removed.
 */
const MAX_SANDBOX_CONTAINERS = 6 * 2 + 2;
/** Removal runs in the background after each result: how long to give it. */
const REMOVAL_GRACE_MS = 5_000;

/** Rows for describe.each: [language, value] for each language the record covers. */
function byLanguage<T>(record: Partial<Record<LanguageId, T>>): [LanguageId, T][] {
  return Object.entries(record) as [LanguageId, T][];
}

function sandboxContainerCount(): number {
  const ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=ghostide.worker=${INTEGRATION_WORKER_ID}`], { encoding: 'utf8' });
  return ids.split('\n').filter(Boolean).length;
}

/** Every sandbox of a finished run is removed: the count falls back to the pools' size. */
async function expectNoSandboxLeftBehind(): Promise<void> {
  const deadline = Date.now() + REMOVAL_GRACE_MS;
  let count = sandboxContainerCount();
  while (count > MAX_SANDBOX_CONTAINERS && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    count = sandboxContainerCount();
  }
  expect(count).toBeLessThanOrEqual(MAX_SANDBOX_CONTAINERS);
}

/** After a hostile run: the next run in the same language works and no sandbox was left behind. */
async function expectServiceToSurvive(language: LanguageId): Promise<void> {
  const next = await execute({ language, code: PROGRAMS[language].helloWorld });
  expect(next).toMatchObject({ status: ExecutionStatus.Success, exit_code: 0, stdout: 'hello, world\n' });
  await expectNoSandboxLeftBehind();
}

describe('processes: the pids, memory and time limits hold', () => {
  describe.each(byLanguage(THREAD_BOMB))('%s thread bomb', (language, code) => {
    it('is contained by the pids limit and stopped at the timeout', async () => {
      const result = await execute({ language, code, timeout: 2 });
      expect(result).toMatchObject({ status: ExecutionStatus.Timeout, exit_code: null, signal: 'SIGKILL' });
      await expectServiceToSurvive(language);
    });
  });

  it('java spawning processes without end is contained by the pids limit and stopped at the timeout', async () => {
    const result = await execute({ language: 'java', code: SPAWN_BOMB_JAVA, timeout: 2 });
    expect(result).toMatchObject({ status: ExecutionStatus.Timeout, exit_code: null, signal: 'SIGKILL' });
    await expectServiceToSurvive('java');
  });

  describe.each(byLanguage(BACKGROUND_FORK_BOMB))('%s fork bomb left running by a program that exits 0', (language, code) => {
    it('reports the program’s own success, with the bomb killed when it exits', async () => {
      const result = await execute({ language, code, timeout: 5 });
      expect(result).toMatchObject({ status: ExecutionStatus.Success, exit_code: 0, signal: null, stdout: 'parent exits\n', stderr: '' });
      await expectServiceToSurvive(language);
    });
  });

  describe.each(byLanguage(MEMORY_CREEP))('%s memory growing 4 KB at a time', (language, code) => {
    it('is memory_limit_exceeded', async () => {
      const result = await execute({ language, code, timeout: 20 });
      expect(result.status).toBe(ExecutionStatus.MemoryLimitExceeded);
      await expectServiceToSurvive(language);
    });
  });

  describe.each(byLanguage(CPU_BURN_THREADS))('%s CPU burn in four threads', (language, code) => {
    it('is stopped at the timeout with SIGKILL', async () => {
      const result = await execute({ language, code, timeout: 2 });
      expect(result).toMatchObject({ status: ExecutionStatus.Timeout, exit_code: null, signal: 'SIGKILL' });
      expect(result.execution_time_ms).toBeGreaterThanOrEqual(2000);
      await expectServiceToSurvive(language);
    });
  });

  describe.each(byLanguage(SLEEP_IN_CHILD))('%s waiting on a child that sleeps past the timeout', (language, code) => {
    it('is stopped at the timeout with SIGKILL', async () => {
      const result = await execute({ language, code, timeout: 1 });
      expect(result).toMatchObject({ status: ExecutionStatus.Timeout, exit_code: null, signal: 'SIGKILL' });
      await expectServiceToSurvive(language);
    });
  });

  it('python ignoring SIGTERM, SIGINT and SIGHUP is stopped at the timeout with SIGKILL', async () => {
    const result = await execute({ language: 'python', code: IGNORE_SIGTERM_PYTHON, timeout: 1 });
    expect(result).toMatchObject({ status: ExecutionStatus.Timeout, exit_code: null, signal: 'SIGKILL' });
    await expectServiceToSurvive('python');
  });
});

describe('children that outlive their parent', () => {
  describe.each(ORPHANS)('$language: an orphan made with $technique', ({ language, files }) => {
    it('is killed when the program exits: success at once, no orphan output, and the next run sees none of it', async () => {
      // The orphan would print after the parent exits, then write files and sleep 60 s: a
      // sandbox that waited for it would answer timeout, one that let it live would show its lines.
      const result = await execute({ language, files, timeout: 5 });
      expect(result).toMatchObject({ status: ExecutionStatus.Success, exit_code: 0, stdout: 'parent exits\n', stderr: '' });

      const next = await execute({ language, code: INSPECT_AND_LITTER[language] });
      expect(next).toMatchObject({ status: ExecutionStatus.Success, stdout: CLEAN_SANDBOX[language] });
      await expectServiceToSurvive(language);
    });
  });
});

describe('isolation between runs', () => {
  describe.each(byLanguage(INSPECT_AND_LITTER))('%s', (language, code) => {
    it('never shows a run the files, markers or background processes of the run before', async () => {
      // Each run lists processes, /workspace and /tmp, then leaves markers and a `sleep 300` behind.
      const first = await execute({ language, code });
      const second = await execute({ language, code });
      expect(first).toMatchObject({ status: ExecutionStatus.Success, stdout: CLEAN_SANDBOX[language] });
      expect(second).toMatchObject({ status: ExecutionStatus.Success, stdout: CLEAN_SANDBOX[language] });
      await expectServiceToSurvive(language);
    });
  });
});

describe('filesystem', () => {
  it('python: filling /tmp, /workspace ($HOME) and /dev/shm fails with ENOSPC at their sizes, one file with EFBIG at 16 MiB', async () => {
    const result = await execute({ language: 'python', code: FILL_WRITABLE_PLACES_PYTHON, timeout: 20 });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stderr: '' });
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      home: '/workspace',
      one_file: { error: 'EFBIG', bytes: 16 * MIB },
      tmp: { error: 'ENOSPC', bytes: 16 * MIB },
      workspace: { error: 'ENOSPC', bytes: expect.any(Number) },
      home_when_full: { error: 'ENOSPC', bytes: 0 },
      dev_shm: { error: 'ENOSPC', bytes: 16 * MIB },
    });
    // 64 MiB less the pages of main.py.
    expect(report.workspace.bytes).toBeGreaterThan(63 * MIB);
    expect(report.workspace.bytes).toBeLessThanOrEqual(64 * MIB);
    await expectServiceToSurvive('python');
  });

  it('python: creating empty files without end is stopped by the memory limit, which their inodes count against', async () => {
    const result = await execute({ language: 'python', code: CREATE_EMPTY_FILES_PYTHON, timeout: 20 });
    expect(result).toMatchObject({ status: ExecutionStatus.MemoryLimitExceeded, stdout: '' });
    await expectServiceToSurvive('python');
  });

  describe.each([
    { language: 'javascript' as const, expected: { status: ExecutionStatus.Success, stdout: 'EFBIG 16777216\n' } },
    { language: 'java' as const, expected: { status: ExecutionStatus.Success, stdout: 'File too large 16777216\n' } },
    // C++ does not ignore SIGXFSZ, so the kernel's signal ends it.
    { language: 'cpp' as const, expected: { status: ExecutionStatus.RuntimeError, exit_code: null, signal: 'SIGXFSZ' } },
  ])('$language writing one file past 16 MiB', ({ language, expected }) => {
    it(`is stopped at the file size limit: ${expected.status}`, async () => {
      const result = await execute({ language, code: WRITE_PAST_FILE_SIZE_LIMIT[language] });
      expect(result).toMatchObject(expected);
      await expectServiceToSurvive(language);
    });
  });

  it('python: writing outside /workspace is refused, EROFS for new files and EACCES for /etc/passwd', async () => {
    const result = await execute({ language: 'python', code: WRITE_OUTSIDE_WORKSPACE_PYTHON });
    expect(result).toMatchObject({
      status: ExecutionStatus.Success,
      stdout: [
        '/etc/ghostide-probe EROFS',
        '/usr/ghostide-probe EROFS',
        '/ghostide-probe EROFS',
        '/workspace/../etc/ghostide-probe EROFS',
        '/etc/passwd EACCES',
        '',
      ].join('\n'),
    });
    await expectServiceToSurvive('python');
  });

  it('python: symlinks out of the workspace reach nothing writable or secret, and the next run does not see them', async () => {
    const result = await execute({ language: 'python', code: SYMLINKS_OUT_OF_WORKSPACE_PYTHON });
    expect(result).toMatchObject({
      status: ExecutionStatus.Success,
      stdout: 'passwd-link reads /etc/passwd: True\nwrite through passwd-link: EACCES\nread through agent-environ-link: EACCES\n',
    });
    const next = await execute({ language: 'python', code: INSPECT_AND_LITTER.python });
    expect(next).toMatchObject({ status: ExecutionStatus.Success, stdout: CLEAN_SANDBOX.python });
    await expectServiceToSurvive('python');
  });

  it.each(['../x', '/etc/passwd', 'a/../../b', './a', 'lib/../main.py'])(
    'rejects the file name %p with 400 naming files[1].name',
    async (name) => {
      const { error, response } = await api.POST('/api/v1/execution/execute', {
        body: {
          language: 'python',
          files: [
            { name: 'main.py', content: PROGRAMS.python.helloWorld },
            { name, content: 'print("never written")' },
          ],
        },
      });
      expect(response.status).toBe(400);
      expect(error?.message).toEqual(expect.arrayContaining([expect.stringContaining(`files[1].name "${name}"`)]));
    },
  );

  it('cpp: a submitted file named "main" beside main.cpp is replaced by the compiled program, on a first and a repeated run', async () => {
    const files = [
      { name: 'main.cpp', content: PROGRAMS.cpp.helloWorld },
      { name: 'main', content: '#!/bin/sh\necho "the submitted main ran"\n' },
    ];
    // The repeated run is where a compile cache that kept the submitted "main" would show.
    for (let run = 0; run < 2; run++) {
      const result = await execute({ language: 'cpp', files });
      expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: 'hello, world\n' });
    }
    await expectServiceToSurvive('cpp');
  });
});

describe('secrets and the host', () => {
  describe.each(byLanguage(HOST_FILES_AND_ENVIRONMENT))('%s', (language, code) => {
    it('cannot open /etc/shadow or the agent’s /proc/1 files, finds no Docker socket, and sees only PATH, HOME, TMPDIR, LANG, LC_ALL', async () => {
      const result = await execute({ language, code });
      expect(result).toMatchObject({
        status: ExecutionStatus.Success,
        stdout: [
          '/etc/shadow: EACCES',
          '/proc/1/environ: EACCES',
          '/proc/1/mem: EACCES',
          '/proc/1/fd/1: EACCES',
          '/var/run/docker.sock: ENOENT',
          '/run/docker.sock: ENOENT',
          'HOME=/workspace',
          'LANG=C.UTF-8',
          'LC_ALL=C.UTF-8',
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          'TMPDIR=/tmp',
          '',
        ].join('\n'),
      });
      await expectServiceToSurvive(language);
    });
  });

  it('python: cannot forge its result by writing an answer into the agent’s stdout through /proc/1/fd/1', async () => {
    const result = await execute({ language: 'python', code: FORGE_AGENT_ANSWER_PYTHON });
    expect(result).toMatchObject({ status: ExecutionStatus.Success, stdout: '/proc/1/fd/1: EACCES\n' });
    await expectServiceToSurvive('python');
  });

  it('cpp: mount, ptrace, process_vm_readv, setuid, raw sockets, chroot and unshare fail with EPERM; signals to PID 1 are ignored', async () => {
    // An attach that succeeded would stop the agent: the run would then end in internal_error.
    const result = await execute({ language: 'cpp', code: PRIVILEGE_PROBES_CPP, timeout: 5 });
    expect(result).toMatchObject({
      status: ExecutionStatus.Success,
      stdout: [
        'mount: EPERM',
        'ptrace(PTRACE_TRACEME): EPERM',
        'ptrace(PTRACE_ATTACH, 1): EPERM',
        'process_vm_readv(1): EPERM',
        // In a jail, uid and gid 0 do not exist (only 10001 is mapped): EINVAL before any permission check.
        `setuid(0): ${ISOLATION === 'host' ? 'EINVAL' : 'EPERM'}`,
        `setgid(0): ${ISOLATION === 'host' ? 'EINVAL' : 'EPERM'}`,
        'socket(AF_INET, SOCK_RAW): EPERM',
        'chroot: EPERM',
        'unshare(CLONE_NEWUSER): EPERM',
        'unshare(CLONE_NEWNS): EPERM',
        'signals sent to PID 1',
        '',
      ].join('\n'),
    });
    await expectServiceToSurvive('cpp');
  });
});

describe('network', () => {
  describe.each(byLanguage(NETWORK_PROBES))('%s', (language, code) => {
    it('has only lo, cannot resolve example.com and cannot reach the host’s gateway port on 127.0.0.1', async () => {
      // In the sandbox, 127.0.0.1 is the sandbox's own loopback, where nothing listens.
      const result = await execute({ language, code, args: [String(TEST_PORT)] });
      expect(result).toMatchObject({
        status: ExecutionStatus.Success,
        stdout: 'interfaces: lo\ndns example.com: EAI_AGAIN\nconnect 127.0.0.1: ECONNREFUSED\n',
      });
      await expectServiceToSurvive(language);
    });
  });
});

describe('output', () => {
  describe.each(OUTPUT_FLOODS)('$language: $shape on $stream', ({ language, stream, code }) => {
    it('is cut at exactly 1 MiB in all: output_limit_exceeded, output_truncated, the program killed', async () => {
      const result = await execute({ language, code, timeout: 20 });
      expect(result).toMatchObject({ status: ExecutionStatus.OutputLimitExceeded, output_truncated: true, exit_code: null, signal: 'SIGKILL' });
      expect(Buffer.byteLength(result.stdout) + Buffer.byteLength(result.stderr)).toBe(OUTPUT_LIMIT_BYTES);
      expect(result.stdout).toMatch(/^[x\n]*$/);
      expect(result.stderr).toMatch(/^[y\n]*$/);
      if (stream === 'stdout') expect(result.stderr).toBe('');
      if (stream === 'stderr') expect(result.stdout).toBe('');
      if (stream === 'both') expect([result.stdout.length > 0, result.stderr.length > 0]).toEqual([true, true]);
      await expectServiceToSurvive(language);
    });
  });

  it('python: NUL bytes and invalid UTF-8 come back in valid JSON, NUL as \\u0000 and invalid bytes as U+FFFD', async () => {
    const response = await fetch(`${TEST_BASE_URL}/api/v1/execution/execute`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'python', code: BINARY_OUTPUT_PYTHON }),
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain('"stdout":"nul:\\u0000 invalid:\uFFFD\uFFFD end\\n"');
    expect(JSON.parse(text) as ExecutionResult).toMatchObject({
      status: ExecutionStatus.Success,
      stdout: 'nul:\u0000 invalid:\uFFFD\uFFFD end\n',
      stderr: 'cut:\uFFFD\n',
    });
    await expectServiceToSurvive('python');
  });
});

describe('deep recursion', () => {
  describe.each([
    { language: 'python' as const, expected: { exit_code: 1, signal: null }, stderr: /RecursionError: maximum recursion depth exceeded/ },
    { language: 'javascript' as const, expected: { exit_code: 1, signal: null }, stderr: /RangeError: Maximum call stack size exceeded/ },
    { language: 'java' as const, expected: { exit_code: 1, signal: null }, stderr: /java\.lang\.StackOverflowError/ },
    { language: 'cpp' as const, expected: { exit_code: null, signal: 'SIGSEGV' }, stderr: /^$/ },
  ])('$language', ({ language, expected, stderr }) => {
    it(`overflowing the stack is a runtime_error (${expected.signal ?? `exit code ${expected.exit_code}`})`, async () => {
      const result = await execute({ language, code: DEEP_RECURSION[language] });
      expect(result).toMatchObject({ status: ExecutionStatus.RuntimeError, ...expected });
      expect(result.stderr).toMatch(stderr);
      await expectServiceToSurvive(language);
    });
  });
});
