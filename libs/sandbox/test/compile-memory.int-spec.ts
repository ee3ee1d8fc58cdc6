import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { AppConfig, validateEnvironment } from '@ghostide/config';
import { DockerSandboxRunner } from '../src/lib/docker-sandbox.runner';
import { SandboxRunSpec } from '../src/lib/sandbox-runner';

/**
 * The compile stage's own memory limit, on the real engine with jailed hosts (the default):
 * g++ on <regex> needs more than a program's 128 MB, so the compile runs on a host of its
 * limit and the program on one of the run's; a compile killed by its limit says so.
 */
const config = validateEnvironment({ SANDBOX_POOL_SIZE: '0', WORKER_ID: 'compile-memory-int-spec', COMPILE_CACHE_MB: '0' });

function regexProgram(compileMemoryMb: number): SandboxRunSpec {
  return {
    executionId: `compile-memory-${Date.now()}`,
    image: 'ghostide-sandbox-cpp',
    runtime: 'runc',
    memoryMb: 128,
    files: [{ path: 'main.cpp', content: '#include <iostream>\n#include <regex>\nint main() { std::cout << std::regex_match("aab", std::regex("a+b")) << "\\n"; }' }],
    stdin: '',
    compile: { argv: ['g++', '-O2', '-std=c++20', '-o', 'main', './main.cpp'], timeoutMs: 60_000, memoryMb: compileMemoryMb },
    run: { argv: ['./main'], timeoutMs: 10_000 },
    outputLimitBytes: 64 * 1024,
  };
}

describe('the compile stage has a memory limit of its own', () => {
  const runner = new DockerSandboxRunner(new ConfigService<AppConfig, true>(config));

  beforeAll(() => runner.onModuleInit());
  afterAll(() => runner.onApplicationShutdown());

  it('compiles on a 512 MB host what a 128 MB one cannot, then runs the program on a 128 MB host', async () => {
    const hostsBefore = runner.stats().containersCreated;
    const { compile, run } = await runner.run(regexProgram(512));

    expect(compile).toMatchObject({ exitCode: 0, oomKilled: false });
    expect(run).toMatchObject({ exitCode: 0, oomKilled: false });
    expect(run?.stdout.toString()).toBe('1\n');
    // One host for the compile, one for the run (SANDBOX_POOL_SIZE=0: none was waiting).
    expect(runner.stats().containersCreated - hostsBefore).toBe(2);
  });

  it('reports a compiler its limit killed as killed by memory, and runs nothing', async () => {
    // Below the run's 128 MB, the run's limit is the compile's: one host, as before this limit existed.
    const { compile, run } = await runner.run(regexProgram(64));

    expect(compile).toMatchObject({ oomKilled: true });
    expect(compile?.exitCode).not.toBe(0);
    expect(run).toBeUndefined();
  });
});
