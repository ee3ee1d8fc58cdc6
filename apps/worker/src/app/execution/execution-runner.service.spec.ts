import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { ExecutionJobData, ExecutionJobProgress, ExecutionStatus, MIN_MEMORY_LIMIT_MB } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { SandboxCancelledError, SandboxOutcome, SandboxRunner, SandboxRunSpec, StageOutcome } from '@ghostide/sandbox';
import { ToolchainVersions } from '../toolchain/toolchain-versions';
import { ExecutionRunnerService } from './execution-runner.service';

const SANDBOX_MAX_MEMORY_MB = 512;
const OUTPUT_LIMIT_BYTES = 65_536;

function stage(overrides: Partial<StageOutcome> = {}): StageOutcome {
  return {
    exitCode: 0,
    signal: 0,
    wallMs: 20,
    cpuMs: 20,
    timedOut: false,
    outputExceeded: false,
    oomKilled: false,
    maxRssKb: 5000,
    stdout: Buffer.from('ok\n'),
    stderr: Buffer.from(''),
    ...overrides,
  };
}

/** Records each spec it is asked to run and answers with `outcome`, or throws `failure`. */
class FakeSandbox {
  readonly specs: SandboxRunSpec[] = [];
  outcome: SandboxOutcome = { run: stage() };
  failure: Error | undefined;

  async run(spec: SandboxRunSpec): Promise<SandboxOutcome> {
    this.specs.push(spec);
    if (this.failure) throw this.failure;
    return this.outcome;
  }

  get lastSpec(): SandboxRunSpec {
    const spec = this.specs.at(-1);
    if (!spec) throw new Error('the sandbox was not asked to run anything');
    return spec;
  }
}

function job(overrides: Partial<ExecutionJobData> = {}): ExecutionJobData {
  return {
    executionId: 'exec-7',
    languageId: 'python',
    files: [{ name: 'main.py', content: 'print(input())' }],
    stdin: 'hi\n',
    args: ['--flag'],
    timeoutSeconds: 10,
    memoryLimitMb: 128,
    acceptedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('ExecutionRunnerService', () => {
  let sandbox: FakeSandbox;
  let service: ExecutionRunnerService;
  let progress: ExecutionJobProgress[];
  let installedImages: boolean;

  beforeEach(() => {
    installedImages = true;
    sandbox = new FakeSandbox();
    progress = [];
    const versions = { of: (id: string) => `${id}-1.0`, installed: async () => installedImages } as unknown as ToolchainVersions;
    const config = new ConfigService<AppConfig, true>({
      sandbox: { maxMemoryMb: SANDBOX_MAX_MEMORY_MB, compileMemoryMb: 768, outputLimitBytes: OUTPUT_LIMIT_BYTES, runtime: 'runc', runtimes: { cpp: 'runsc' } },
    });
    // The service only calls run(); the fake stands in for the abstract SandboxRunner token.
    service = new ExecutionRunnerService(sandbox as unknown as SandboxRunner, new LanguageRegistry(), versions, config);
  });

  const execute = (data: ExecutionJobData) => service.execute(data, { reportProgress: (step) => progress.push(step) });

  describe('the sandbox run it asks for', () => {
    it('runs the language\'s image with the files, stdin, run command and the configured output limit', async () => {
      await execute(job());
      expect(sandbox.lastSpec).toEqual({
        executionId: 'exec-7',
        image: 'ghostide-sandbox-python',
        files: [{ path: 'main.py', content: 'print(input())' }],
        stdin: 'hi\n',
        compile: undefined,
        run: { argv: ['python3', '-u', '-B', 'main.py', '--flag'], timeoutMs: 10_000 },
        memoryMb: 128,
        runtime: 'runc',
        outputLimitBytes: OUTPUT_LIMIT_BYTES,
      });
    });

    it('runs a language in the runtime SANDBOX_RUNTIMES gives it', async () => {
      await execute(job({ languageId: 'cpp', files: [{ name: 'main.cpp', content: 'int main() {}' }] }));
      expect(sandbox.lastSpec.runtime).toBe('runsc');
    });

    it('adds a compile stage with the language\'s compile timeout and SANDBOX_COMPILE_MEMORY_MB for a compiled language', async () => {
      await execute(job({ languageId: 'cpp', files: [{ name: 'main.cpp', content: 'int main() {}' }] }));
      expect(sandbox.lastSpec.compile).toEqual({ argv: ['g++', '-O2', '-std=c++20', '-pipe', '-Winvalid-pch', '-o', 'main', './main.cpp'], timeoutMs: 30_000, memoryMb: 768 });
      expect(sandbox.lastSpec.run.argv).toEqual(['./main', '--flag']);
    });

    it("compiles within the job's own compile limits when the request gave them", async () => {
      await execute(job({ languageId: 'cpp', files: [{ name: 'main.cpp', content: 'int main() {}' }], compileTimeoutSeconds: 5, compileMemoryLimitMb: 300 }));
      expect(sandbox.lastSpec.compile).toMatchObject({ timeoutMs: 5_000, memoryMb: 300 });
    });

    it.each([
      { field: 'compileTimeoutSeconds', value: Number.NaN },
      { field: 'compileTimeoutSeconds', value: 31 },
      { field: 'compileMemoryLimitMb', value: 'lots' },
      { field: 'compileMemoryLimitMb', value: 769 },
    ])('rejects a cpp job whose $field is $value, and runs nothing', async ({ field, value }) => {
      const cppJob = { languageId: 'cpp', files: [{ name: 'main.cpp', content: 'int main() {}' }], [field]: value };
      await expect(execute(job(cppJob as unknown as Partial<ExecutionJobData>))).rejects.toThrow(new RegExp(`job exec-7 rejected: ${field} `));
      expect(sandbox.specs).toEqual([]);
    });

    it.each([1, 2.5, 30])('runs a timeout of %s s as given', async (timeoutSeconds) => {
      await execute(job({ timeoutSeconds }));
      expect(sandbox.lastSpec.run.timeoutMs).toBe(timeoutSeconds * 1000);
    });

    it.each([MIN_MEMORY_LIMIT_MB, 200, SANDBOX_MAX_MEMORY_MB])('runs a memory limit of %s MB as given', async (memoryLimitMb) => {
      await execute(job({ memoryLimitMb }));
      expect(sandbox.lastSpec.memoryMb).toBe(memoryLimitMb);
    });

    it.each([
      { field: 'timeoutSeconds', value: Number.NaN },
      { field: 'timeoutSeconds', value: Infinity },
      { field: 'timeoutSeconds', value: '10' },
      { field: 'timeoutSeconds', value: 0 },
      { field: 'timeoutSeconds', value: 31 },
      { field: 'memoryLimitMb', value: Number.NaN },
      { field: 'memoryLimitMb', value: 'lots' },
      { field: 'memoryLimitMb', value: null },
      { field: 'memoryLimitMb', value: 1 },
      { field: 'memoryLimitMb', value: 200.4 },
      { field: 'memoryLimitMb', value: SANDBOX_MAX_MEMORY_MB + 1 },
    ])('rejects a job whose $field is $value, and runs nothing', async ({ field, value }) => {
      await expect(execute(job({ [field]: value } as unknown as Partial<ExecutionJobData>))).rejects.toThrow(
        new RegExp(`job exec-7 rejected: ${field} `),
      );
      expect(sandbox.specs).toEqual([]);
    });

    it('renames Java files after their public class, and compiles and runs that class', async () => {
      const content = 'public class Solution {\n  public static void main(String[] args) {}\n}\n';
      await execute(job({ languageId: 'java', files: [{ name: 'Main.java', content }] }));
      expect(sandbox.lastSpec.files).toEqual([{ path: 'Solution.java', content }]);
      expect(sandbox.lastSpec.compile?.argv.slice(-1)).toEqual(['./Solution.java']);
      expect(sandbox.lastSpec.run.argv.slice(-2)).toEqual(['Solution', '--flag']);
    });
  });

  describe('the result', () => {
    it('maps what the sandbox measured, with the toolchain version of the language', async () => {
      sandbox.outcome = { run: stage({ exitCode: 2, stderr: Buffer.from('boom\n') }) };
      const result = await execute(job());
      expect(result).toMatchObject({
        execution_id: 'exec-7',
        language: 'python',
        version: 'python-1.0',
        status: ExecutionStatus.RuntimeError,
        exit_code: 2,
        stdout: 'ok\n',
        stderr: 'boom\n',
      });
    });

    it('becomes internal_error with the cause in error when the sandbox throws', async () => {
      sandbox.failure = new Error('sandbox container create failed for image ghostide-sandbox-python', {
        cause: new Error('connect ENOENT /var/run/docker.sock'),
      });
      const result = await execute(job());
      expect(result.status).toBe(ExecutionStatus.InternalError);
      expect(result.error).toBe(
        'the sandbox failed: sandbox container create failed for image ghostide-sandbox-python: connect ENOENT /var/run/docker.sock',
      );
      expect(result).toMatchObject({ execution_id: 'exec-7', language: 'python', version: 'python-1.0', exit_code: null, stdout: '' });
    });

    it('becomes internal_error with the message when the sandbox throws without a cause', async () => {
      sandbox.failure = new Error('sandbox did not finish within 40000 ms');
      const result = await execute(job());
      expect(result.status).toBe(ExecutionStatus.InternalError);
      expect(result.error).toBe('the sandbox failed: sandbox did not finish within 40000 ms');
    });

    it('becomes cancelled, with the signal passed to the sandbox, when the sandbox run was cancelled', async () => {
      const cancel = new AbortController();
      sandbox.failure = new SandboxCancelledError('exec-7');
      const result = await service.execute(job(), { reportProgress: () => undefined, signal: cancel.signal });
      expect(sandbox.lastSpec.signal).toBe(cancel.signal);
      expect(result).toMatchObject({ status: ExecutionStatus.Cancelled, error: 'cancelled while it ran', version: 'python-1.0', exit_code: null });
    });

    it('becomes cancelled without running anything when the signal aborted before the run', async () => {
      const cancel = new AbortController();
      cancel.abort();
      const result = await service.execute(job(), { reportProgress: () => undefined, signal: cancel.signal });
      expect(result).toMatchObject({ status: ExecutionStatus.Cancelled, error: 'cancelled before it started' });
      expect(sandbox.specs).toEqual([]);
    });

    it('becomes internal_error without running anything when the language is not installed', async () => {
      const result = await execute(job({ languageId: 'no-such-language' }));
      expect(result.status).toBe(ExecutionStatus.InternalError);
      expect(result.error).toBe('language "no-such-language" is not installed on this worker');
      expect(sandbox.specs).toEqual([]);
    });

    it('becomes internal_error naming the image, without running anything, while the language\'s image is not built yet', async () => {
      installedImages = false;
      const result = await execute(job());
      expect(result.status).toBe(ExecutionStatus.InternalError);
      expect(result.error).toBe('the ghostide-sandbox-python sandbox image is not installed on this worker yet');
      expect(sandbox.specs).toEqual([]);
    });
  });

  describe('progress', () => {
    it('reports compiling for a compiled language', async () => {
      await execute(job({ languageId: 'cpp', files: [{ name: 'main.cpp', content: 'int main() {}' }] }));
      expect(progress).toEqual([{ stage: 'compiling', percent: 30 }]);
    });

    it('reports running for an interpreted language', async () => {
      await execute(job());
      expect(progress).toEqual([{ stage: 'running', percent: 50 }]);
    });
  });
});
