import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { AppConfig, validateEnvironment } from '@ghostide/config';
import Docker from 'dockerode';
import { DockerSandboxRunner } from '../src/lib/docker-sandbox.runner';
import { SANDBOX_LABEL, WORKER_LABEL } from '../src/lib/sandbox-container-options';
import { SandboxRunSpec } from '../src/lib/sandbox-runner';

/**
 * The sandbox under gVisor (SANDBOX_RUNTIME=runsc, registered with the engine
 * by the set-up) on the real engine: programs run, and the hostile cases whose
 * handling differs from runc's (processes are counted by RLIMIT_NPROC inside
 * gVisor, not by the pids cgroup) end as a normal outcome, not a dead sandbox.
 * The full hostile suite runs under runc, the default (apps/gateway/test).
 */
const WORKER_ID = 'gvisor-int-spec';
const config = validateEnvironment({ SANDBOX_RUNTIME: 'runsc', SANDBOX_POOL_SIZE: '0', WORKER_ID });
const docker = new Docker({ socketPath: config.sandbox.dockerSocketPath });

function python(code: string, timeoutMs = 10_000): SandboxRunSpec {
  return {
    executionId: `gvisor-${Date.now()}`,
    image: 'ghostide-sandbox-python',
    runtime: 'runsc',
    memoryMb: 128,
    files: [{ path: 'main.py', content: code }],
    stdin: '',
    run: { argv: ['python3', '-u', 'main.py'], timeoutMs },
    outputLimitBytes: 64 * 1024,
  };
}

describe('the sandbox under gVisor (runsc)', () => {
  const runner = new DockerSandboxRunner(new ConfigService<AppConfig, true>(config));

  beforeAll(() => runner.onModuleInit());
  afterAll(() => runner.onApplicationShutdown());

  const expectHelloWorld = async () => {
    const { run } = await runner.run(python('print("hello, world")'));
    expect(run).toMatchObject({ exitCode: 0, timedOut: false });
    expect(run?.stdout.toString()).toBe('hello, world\n');
  };

  it('runs a program in a container whose runtime is runsc', async () => {
    const { run } = await runner.run(python('import os; print(os.getuid(), sorted(name for _, name in __import__("socket").if_nameindex()))'));
    expect(run?.stdout.toString()).toBe("10001 ['lo']\n");
  });

  it('compiles C++ in a sandbox of the compile memory limit and runs it in one of the run limit', async () => {
    const { compile, run } = await runner.run({
      ...python(''),
      image: 'ghostide-sandbox-cpp',
      memoryMb: 256,
      files: [{ path: 'main.cpp', content: '#include <cstdio>\nint main() { std::puts("compiled"); }' }],
      compile: { argv: ['g++', '-O2', '-o', 'main', 'main.cpp'], timeoutMs: 60_000, memoryMb: 512 },
      run: { argv: ['./main'], timeoutMs: 10_000 },
    });
    expect(compile?.exitCode).toBe(0);
    expect(run?.stdout.toString()).toBe('compiled\n');
  });

  it('stops a fork bomb at the process limit inside gVisor: the program sees EAGAIN, the sandbox survives', async () => {
    const bomb = [
      'import os, time',
      'forks = 0',
      'try:',
      '    while True:',
      '        if os.fork() == 0:',
      '            time.sleep(30)',
      '            os._exit(0)',
      '        forks += 1',
      'except OSError as err:',
      '    print("stopped after", forks, "forks:", err.strerror)',
    ].join('\n');
    // 512 MB: under gVisor each process also costs the Sentry memory inside the limit; at 128 MB
    // 64 processes end the run as out of memory, and at 256 MB they did in 2 of 3 CI runs here
    // (a normal outcome too, but not the one tested here).
    const { run } = await runner.run({ ...python(bomb), memoryMb: 512 });
    expect(run?.stdout.toString()).toMatch(/^stopped after 6\d forks: Resource temporarily unavailable\n$/);
    expect(run?.exitCode).toBe(0);
    await expectHelloWorld();
  });

  it('stops a thread bomb the same way', async () => {
    const bomb = 'import threading, time\nn = 0\ntry:\n    while True:\n        threading.Thread(target=time.sleep, args=(30,), daemon=True).start(); n += 1\nexcept RuntimeError as err:\n    print("stopped after", n, "threads:", err)';
    const { run } = await runner.run(python(bomb));
    expect(run?.stdout.toString()).toMatch(/^stopped after 6\d threads: can't start new thread\n$/);
    await expectHelloWorld();
  });

  it('ends a program past its time limit as timed out', async () => {
    const { run } = await runner.run(python('while True: pass', 2_000));
    expect(run?.timedOut).toBe(true);
  });

  it('leaves no container behind', async () => {
    const deadline = Date.now() + 15_000;
    let left = -1;
    while (Date.now() < deadline) {
      left = (await docker.listContainers({ all: true, filters: { label: [SANDBOX_LABEL, `${WORKER_LABEL}=${WORKER_ID}`] } })).length;
      if (left === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(left).toBe(0);
  });
});
