import type Docker from 'dockerode';
import { PassThrough } from 'node:stream';

/**
 * One started sandbox container whose agent waits on the attached stdin for
 * its single request. Created ahead of time by the pool, used once, removed.
 */
export class SandboxContainer {
  private readonly stdout: Buffer[] = [];
  private readonly stderr: Buffer[] = [];
  private ended = false;
  /** Called after each stdout chunk while an exchange waits for the answer. */
  private onStdout: () => void = () => undefined;
  /** Resolves when the container's output streams close: the agent exited (or the engine went away). */
  readonly exited: Promise<void>;

  private constructor(
    private readonly container: Docker.Container,
    private readonly stream: NodeJS.ReadWriteStream,
  ) {
    const out = new PassThrough().on('data', (chunk: Buffer) => {
      this.stdout.push(chunk);
      this.onStdout();
    });
    const err = new PassThrough().on('data', (chunk: Buffer) => this.stderr.push(chunk));
    container.modem.demuxStream(stream, out, err);
    this.exited = new Promise<void>((resolve) => {
      const done = (): void => {
        this.ended = true;
        resolve();
      };
      stream.on('end', done);
      stream.on('close', done);
      stream.on('error', done);
    });
  }

  /** Creates, attaches and starts a container; removes it again if any step fails. */
  static async start(docker: Docker, options: Docker.ContainerCreateOptions): Promise<SandboxContainer> {
    const container = await docker.createContainer(options);
    try {
      // Attach before start, so that nothing the agent writes can be missed.
      const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as NodeJS.ReadWriteStream;
      const sandbox = new SandboxContainer(container, stream);
      await container.start();
      return sandbox;
    } catch (err) {
      await container.remove({ force: true }).catch(() => undefined);
      throw err;
    }
  }

  get id(): string {
    return this.container.id;
  }

  /** Still waiting for its request. */
  get ready(): boolean {
    return !this.ended;
  }

  /**
   * Sends the one request and collects the agent's answer until isComplete
   * accepts it (no need to wait for the container's teardown) or the streams end.
   */
  async exchange(
    request: Buffer,
    deadlineMs: number,
    maxAnswerBytes: number,
    isComplete: (answer: Buffer) => boolean,
  ): Promise<{ answer: Buffer; agentStderr: string }> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`sandbox did not finish within ${deadlineMs} ms`)), deadlineMs);
    });
    let answerBytes = 0;
    const answered = new Promise<void>((resolve, reject) => {
      this.onStdout = () => {
        const tail = this.stdout[this.stdout.length - 1];
        // Only the agent writes here, but the worker's memory is not left to trust.
        answerBytes += tail.length;
        if (answerBytes > maxAnswerBytes) reject(new Error(`sandbox answer exceeded ${maxAnswerBytes} bytes`));
        // Every answer ends with a line; only then is a full decode worth trying.
        if (tail[tail.length - 1] === 0x0a && isComplete(Buffer.concat(this.stdout))) resolve();
      };
    });
    try {
      this.stream.write(request);
      await Promise.race([answered, this.exited, deadline]);
    } finally {
      clearTimeout(timer);
      (this.stream as unknown as { destroy: () => void }).destroy();
    }
    return { answer: Buffer.concat(this.stdout), agentStderr: Buffer.concat(this.stderr).toString() };
  }

  /** True when the memory limit killed the container's first process. */
  async wasOomKilled(): Promise<boolean> {
    const info = await this.container.inspect().catch(() => undefined);
    return info?.State?.OOMKilled === true;
  }
}
