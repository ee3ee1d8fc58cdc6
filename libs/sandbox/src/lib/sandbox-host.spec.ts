import type Docker from 'dockerode';
import { Duplex, PassThrough } from 'node:stream';
import { SandboxHost } from './sandbox-host';
import { SandboxCancelledError, SandboxRunSpec } from './sandbox-runner';

/** Bytes written as a latin1 string: every character is one byte, "\x00" included. */
const bytes = (text: string) => Buffer.from(text, 'latin1');

/** An agent → host frame. */
function frame(type: string, payload: string | Buffer = ''): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const head = Buffer.alloc(5);
  head.write(type, 'latin1');
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

const stageEnd = (stage: string, fields = '') =>
  frame('s', `stage=${stage} exit=0 signal=0 wall_ms=12 cpu_ms=9 timeout=0 output_exceeded=0 oom=0 killed=0 maxrss_kb=1800 ${fields}`.trim());

/**
 * The container and the attached stream a SandboxHost talks to, with the
 * agent's side in the test's hands: what the host wrote, as frames, and
 * `send` for what the agent writes.
 */
class FakeContainer {
  readonly id = '0123456789abcdef';
  readonly removed: boolean[] = [];
  oomKilled = false;
  private readonly written: Buffer[] = [];
  private onWrite: () => void = () => undefined;
  readonly stream = new Duplex({
    read: () => undefined,
    write: (chunk: Buffer, _encoding, done) => {
      this.written.push(chunk);
      this.onWrite();
      done();
    },
  });
  readonly modem = {
    // Docker multiplexes stdout and stderr on the stream; here it carries stdout only.
    demuxStream: (stream: Duplex, stdout: PassThrough) => stream.on('data', (chunk: Buffer) => stdout.write(chunk)),
  };

  async attach(): Promise<Duplex> {
    return this.stream;
  }
  async start(): Promise<void> {
    return undefined;
  }
  async inspect(): Promise<{ State: { OOMKilled: boolean } }> {
    return { State: { OOMKilled: this.oomKilled } };
  }
  async remove(): Promise<void> {
    this.removed.push(true);
  }

  send(...frames: Buffer[]): void {
    this.stream.push(Buffer.concat(frames));
  }

  /** The agent's output stream ends: it exited, or died. */
  die(): void {
    this.stream.push(null);
  }

  /** The host's frames so far, as "type:payload" (latin1). */
  frames(): string[] {
    const data = Buffer.concat(this.written);
    const frames: string[] = [];
    for (let offset = 0; offset < data.length; ) {
      const length = data.readUInt32BE(offset + 1);
      frames.push(`${String.fromCharCode(data[offset])}:${data.subarray(offset + 5, offset + 5 + length).toString('latin1')}`);
      offset += 5 + length;
    }
    return frames;
  }

  /** Resolves once the host has written a frame of this type. */
  async waitFor(type: string): Promise<void> {
    while (!this.frames().some((text) => text.startsWith(`${type}:`))) await new Promise<void>((resolve) => (this.onWrite = resolve));
  }
}

const docker = (container: FakeContainer) => ({ createContainer: async () => container }) as unknown as Docker;

async function startHost({ singleJob = false } = {}): Promise<{ host: SandboxHost; container: FakeContainer }> {
  const container = new FakeContainer();
  const starting = SandboxHost.start(docker(container), {}, { singleJob });
  await new Promise(setImmediate);
  container.send(frame('r', 'GIDE2'));
  return { host: await starting, container };
}

function spec(overrides: Partial<SandboxRunSpec> = {}): SandboxRunSpec {
  return {
    executionId: 'exec-1',
    image: 'ghostide-sandbox-python',
    files: [{ path: 'main.py', content: 'print(input())' }],
    stdin: 'hi',
    run: { argv: ['python3', 'main.py'], timeoutMs: 2000 },
    memoryMb: 128,
    runtime: 'runc',
    outputLimitBytes: 4096,
    ...overrides,
  };
}

const compiled = spec({
  image: 'ghostide-sandbox-cpp',
  files: [{ path: 'a.cpp', content: 'int main(){}' }],
  stdin: '',
  compile: { argv: ['g++', 'a.cpp'], timeoutMs: 3000, memoryMb: 512 },
  run: { argv: ['./a.out'], timeoutMs: 2000 },
});

describe('SandboxHost.start', () => {
  it("is ready once the agent says r GIDE2, and idle", async () => {
    const { host } = await startHost();
    expect(host.state).toBe('idle');
    expect(host.jobsServed).toBe(0);
  });

  it('refuses an agent speaking another protocol, and removes its container', async () => {
    const container = new FakeContainer();
    const starting = SandboxHost.start(docker(container), {}, { singleJob: false });
    await new Promise(setImmediate);
    container.send(frame('r', 'GIDE1'));
    await expect(starting).rejects.toThrow('the agent speaks "GIDE1", not GIDE2');
    expect(container.removed).toEqual([true]);
  });

  it("fails with the agent's x message when its self-test fails", async () => {
    const container = new FakeContainer();
    const starting = SandboxHost.start(docker(container), {}, { singleJob: false });
    await new Promise(setImmediate);
    container.send(frame('x', 'clone(CLONE_NEWUSER): Operation not permitted'));
    await expect(starting).rejects.toThrow('the sandbox agent failed: clone(CLONE_NEWUSER): Operation not permitted');
  });
});

describe('SandboxHost.runJob', () => {
  it('writes F, R with its limits line and argv, the stdin, its EOF and Z; resolves at the run stage end', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(spec());
    await container.waitFor('Z');
    expect(container.frames()).toEqual([
      'F:main.py\x00print(input())',
      'R:wall_ms=2000 cpu_ms=2000 output_bytes=4096\npython3\x00main.py',
      'I:hi',
      'I:',
      'Z:',
    ]);
    container.send(frame('o', 'hi\n'), frame('e', 'warn'), stageEnd('run'));
    const outcome = await running;
    expect(outcome).toEqual({
      run: {
        exitCode: 0,
        signal: 0,
        wallMs: 12,
        cpuMs: 9,
        timedOut: false,
        outputExceeded: false,
        oomKilled: false,
        maxRssKb: 1800,
        stdout: bytes('hi\n'),
        stderr: bytes('warn'),
      },
    });
  });

  it('is busy until the agent answers z, then idle again with one job served', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(spec({ stdin: '' }));
    container.send(stageEnd('run'));
    await running;
    expect(host.state).toBe('busy');
    await expect(host.runJob(spec())).rejects.toThrow('sandbox host 0123456789ab is busy, not idle');
    const idle = host.whenIdle();
    container.send(frame('z'));
    await expect(idle).resolves.toBe(true);
    expect(host.state).toBe('idle');
    expect(host.jobsServed).toBe(1);
  });

  it('sends stdin larger than 64 KiB in several I frames, then its EOF', async () => {
    const { host, container } = await startHost();
    void host.runJob(spec({ stdin: 'y'.repeat(64 * 1024 + 1) }));
    await container.waitFor('Z');
    expect(container.frames().filter((text) => text.startsWith('I:')).map((text) => text.length - 2)).toEqual([64 * 1024, 1, 0]);
  });

  it('compiles first with A, and only after a successful compile sends R: artifacts and both stages in the outcome', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(compiled, { returnArtifacts: true });
    await container.waitFor('C');
    expect(container.frames()).toEqual(['F:a.cpp\x00int main(){}', 'A:', 'C:wall_ms=3000 cpu_ms=3000 output_bytes=4096\ng++\x00a.cpp']);
    container.send(frame('e', 'note'), frame('a', bytes('755\x00a.out\x00\x7fELF')), stageEnd('compile'));
    await container.waitFor('R');
    expect(container.frames().slice(3)).toEqual(['R:wall_ms=2000 cpu_ms=2000 output_bytes=4096\n./a.out', 'I:', 'Z:']);
    container.send(frame('o', 'ok'), stageEnd('run'), frame('z'));
    const outcome = await running;
    expect(outcome.compile?.stderr).toEqual(bytes('note'));
    expect(outcome.artifacts).toEqual([{ path: 'a.out', content: bytes('\x7fELF'), executable: true }]);
    expect(outcome.run?.stdout).toEqual(bytes('ok'));
    await expect(host.whenIdle()).resolves.toBe(true);
  });

  it('leaves the artifacts out when the agent says they were too large (n)', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(compiled, { returnArtifacts: true });
    await container.waitFor('C');
    container.send(frame('a', bytes('644\x00a.o\x00x')), frame('n'), stageEnd('compile'));
    await container.waitFor('R');
    container.send(stageEnd('run'));
    expect((await running).artifacts).toBeUndefined();
  });

  it('ends the job after a failed compile: Z, no R, and no run stage in the outcome', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(compiled);
    await container.waitFor('C');
    container.send(frame('e', 'a.cpp:1: error'), frame('s', 'stage=compile exit=1 signal=0 wall_ms=80 cpu_ms=70 timeout=0 output_exceeded=0 oom=0 killed=0 maxrss_kb=9000'));
    const outcome = await running;
    expect(outcome.compile?.exitCode).toBe(1);
    expect(outcome.run).toBeUndefined();
    expect(container.frames().map((text) => text[0])).toEqual(['F', 'C', 'Z']);
  });

  it('compileOnly: ends the job after a successful compile too: Z, no R; the artifacts and the compile in the outcome', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(compiled, { returnArtifacts: true, compileOnly: true });
    await container.waitFor('C');
    container.send(frame('a', bytes('755\x00a.out\x00\x7fELF')), stageEnd('compile'));
    const outcome = await running;
    expect(outcome.compile?.exitCode).toBe(0);
    expect(outcome.artifacts).toEqual([{ path: 'a.out', content: bytes('\x7fELF'), executable: true }]);
    expect(outcome.run).toBeUndefined();
    expect(container.frames().map((text) => text[0])).toEqual(['F', 'A', 'C', 'Z']);
  });

  it("decodes frames that arrive a byte at a time, and shows the stage and its output to the spec's observer as they come", async () => {
    const { host, container } = await startHost();
    const seen: string[] = [];
    const observer = {
      onStage: (stage: string) => seen.push(`stage ${stage}`),
      onOutput: (stage: string, stream: string, chunk: Buffer) => seen.push(`${stage} ${stream} ${chunk.toString()}`),
    };
    const running = host.runJob(spec({ observer }));
    await container.waitFor('Z');
    for (const byte of Buffer.concat([frame('o', 'one'), frame('e', 'two'), frame('o', 'three'), stageEnd('run')])) container.send(Buffer.from([byte]));
    const outcome = await running;
    expect(seen).toEqual(['stage run', 'run stdout one', 'run stderr two', 'run stdout three']);
    expect(outcome.run?.stdout.toString()).toBe('onethree');
  });

  it('collects output per stage', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(compiled);
    await container.waitFor('C');
    container.send(frame('o', 'compiler'), stageEnd('compile'));
    await container.waitFor('R');
    container.send(frame('o', 'program'), stageEnd('run'));
    const outcome = await running;
    expect([outcome.compile?.stdout.toString(), outcome.run?.stdout.toString()]).toEqual(['compiler', 'program']);
  });

  it('single job: after z the host is done, never idle', async () => {
    const { host, container } = await startHost({ singleJob: true });
    const running = host.runJob(spec());
    container.send(stageEnd('run'), frame('z'));
    await running;
    await expect(host.whenIdle()).resolves.toBe(false);
    expect(host.state).toBe('done');
    container.die();
    await host.ended;
    expect(host.state).toBe('done');
  });
});

describe('SandboxHost, cancelled', () => {
  it('breaks at once when the signal aborts mid-run: the job rejects as cancelled, the host is never reused', async () => {
    const { host, container } = await startHost();
    const controller = new AbortController();
    const running = host.runJob(spec({ signal: controller.signal }));
    await container.waitFor('R');
    controller.abort();
    await expect(running).rejects.toThrow(new SandboxCancelledError('exec-1'));
    expect(host.state).toBe('broken');
    await expect(host.whenIdle()).resolves.toBe(false);
  });

  it('refuses a job whose signal has aborted already, staying idle', async () => {
    const { host } = await startHost();
    const controller = new AbortController();
    controller.abort();
    await expect(host.runJob(spec({ signal: controller.signal }))).rejects.toThrow(SandboxCancelledError);
    expect(host.state).toBe('idle');
  });
});

describe('SandboxHost, broken', () => {
  afterEach(() => jest.useRealTimers());

  it("rejects the job with the agent's x message and never answers again", async () => {
    const { host, container } = await startHost();
    const running = host.runJob(spec());
    container.send(frame('x', 'write /workspace/main.py: No space left on device'));
    await expect(running).rejects.toThrow('the sandbox agent failed: write /workspace/main.py: No space left on device');
    expect(host.state).toBe('broken');
    await expect(host.whenIdle()).resolves.toBe(false);
    await expect(host.runJob(spec())).rejects.toThrow('is broken, not idle');
  });

  it('breaks at the deadline: the stages\' limits and a margin', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const { host } = await startHost();
    const running = host.runJob(spec());
    jest.advanceTimersByTime(2000 + 15_000);
    await expect(running).rejects.toThrow('the sandbox job did not finish within 17000 ms');
    expect(host.state).toBe('broken');
  });

  it('breaks when z does not come within the deadline, after the outcome was returned', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const { host, container } = await startHost();
    const running = host.runJob(spec());
    container.send(stageEnd('run'));
    await running;
    const idle = host.whenIdle();
    jest.advanceTimersByTime(17_000);
    await expect(idle).resolves.toBe(false);
  });

  it('breaks when the agent sends a frame out of turn', async () => {
    const { host, container } = await startHost();
    container.send(frame('o', 'unasked'));
    await host.ended;
    expect(host.state).toBe('broken');
  });

  it('breaks when the answer exceeds two stages of output and the overhead', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(spec({ outputLimitBytes: 1024 }));
    const chunk = frame('o', Buffer.alloc(60 * 1024));
    container.send(chunk, chunk);
    await expect(running).rejects.toThrow("the sandbox's answer exceeded 67584 bytes");
  });

  it('breaks when the stage end names another stage', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(spec());
    container.send(stageEnd('compile'));
    await expect(running).rejects.toThrow('the agent ended a compile stage while a run stage ran');
  });

  it('rejects the job when the agent vanishes mid-job, saying so', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(spec());
    container.send(frame('o', 'part'), bytes('o\x00\x00'));
    container.die();
    await expect(running).rejects.toThrow("the sandbox agent's output ended inside a frame (3 bytes of it)");
    expect(host.state).toBe('broken');
  });

  it('reports the running stage as killed by the memory limit when Docker says the agent was OOM-killed', async () => {
    const { host, container } = await startHost();
    const running = host.runJob(compiled);
    await container.waitFor('C');
    container.send(stageEnd('compile'));
    await container.waitFor('R');
    container.oomKilled = true;
    container.die();
    const outcome = await running;
    expect(outcome.compile?.exitCode).toBe(0);
    expect(outcome.run).toMatchObject({ oomKilled: true, exitCode: null, signal: 9 });
  });
});
