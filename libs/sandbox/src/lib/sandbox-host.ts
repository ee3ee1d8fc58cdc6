import type Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import {
  AgentFrame,
  AgentProtocolError,
  compileFrame,
  endJobFrame,
  fileFrame,
  FrameDecoder,
  MAX_ARTIFACT_BYTES,
  parseArtifact,
  parseStageEnd,
  PROTOCOL_VERSION,
  returnArtifactsFrame,
  runFrame,
  StageEnd,
  StageLimits,
  stdinFrame,
} from './agent-protocol';
import { SandboxCancelledError, SandboxCommand, SandboxFile, SandboxObserver, SandboxOutcome, SandboxRunSpec, StageName, StageOutcome } from './sandbox-runner';

/**
 * starting: waiting for the agent's `r`; idle: waiting for a job; busy: a job (or its `z`) is under way;
 * done: a single-job agent answered its job and exits; broken: it never answers again.
 */
export type SandboxHostState = 'starting' | 'idle' | 'busy' | 'done' | 'broken';

/** How one job is run, beyond its spec. */
export interface HostJobOptions {
  /** Ask for the files a successful compile creates (the compile cache wants them). */
  returnArtifacts?: boolean;
  /** End the job after the compile stage, successful or not: the run goes to a host of its own limits. */
  compileOnly?: boolean;
}

/** Time beyond the stages' own limits for starting them, reporting, and the agent's `z`. */
const DEADLINE_MARGIN_MS = 15_000;
/** From the container's start to the agent's `r`: the engine's start, the agent's self-test jail. */
const READY_TIMEOUT_MS = 30_000;
/** stdin goes in frames of this size: the agent buffers 1 MiB and reads frames only as the program reads. */
const STDIN_FRAME_BYTES = 64 * 1024;
/** The last bytes of the agent's own stderr, quoted when it ends unexpectedly. */
const AGENT_STDERR_TAIL_BYTES = 2048;
/** Room for the frames' headers and the `s` lines of a job beside its output and artifacts. */
const ANSWER_OVERHEAD_BYTES = 64 * 1024;

interface RunningStage {
  name: StageName;
  stdout: Buffer[];
  stderr: Buffer[];
  ended: (outcome: StageOutcome) => void;
  failed: (err: Error) => void;
}

interface Job {
  options: HostJobOptions;
  observer?: SandboxObserver;
  answerBytes: number;
  maxAnswerBytes: number;
  stage?: RunningStage;
  artifacts: SandboxFile[];
  artifactsSkipped: boolean;
  /** `Z` was written; the agent answers `z` once the last stage has ended. */
  endSent: boolean;
  deadline: NodeJS.Timeout;
  /** Resolves true at `z`, false when the host breaks first. */
  settled: (idle: boolean) => void;
  idle: Promise<boolean>;
}

/**
 * A started sandbox container whose agent (ghostide-agent, PROTOCOL.md) has
 * said `r` and serves jobs over the attached stdin and stdout, one at a time.
 * In host mode it serves many, each stage in a fresh jail; started with
 * `singleJob`, the agent ends after its first (SANDBOX_ISOLATION=container).
 * Anything unexpected (a deadline, an oversized answer, a protocol error, `x`,
 * the stream's end) breaks the host for good: it never answers again.
 */
export class SandboxHost {
  private hostState: SandboxHostState = 'starting';
  private readonly decoder = new FrameDecoder();
  private agentStderr = '';
  private job?: Job;
  private failure?: Error;
  /** The output stream ended while the host was not broken yet: the agent (or its container) is gone. */
  private agentVanished = false;
  private ready!: { resolve: () => void; reject: (err: Error) => void };
  private readonly readyPromise = new Promise<void>((resolve, reject) => (this.ready = { resolve, reject }));
  private served = 0;
  /** Resolves when the container's attached stream closes: the agent exited, the engine went away, or the host broke. */
  readonly ended: Promise<void>;

  private constructor(
    private readonly container: Docker.Container,
    private readonly stream: NodeJS.ReadWriteStream,
    private readonly singleJob: boolean,
  ) {
    this.readyPromise.catch(() => undefined); // awaited by start(); a later failure is reported there
    const stdout = new PassThrough().on('data', (chunk: Buffer) => this.onStdout(chunk));
    const stderr = new PassThrough().on('data', (chunk: Buffer) => {
      this.agentStderr = (this.agentStderr + chunk.toString()).slice(-AGENT_STDERR_TAIL_BYTES);
    });
    container.modem.demuxStream(stream, stdout, stderr);
    this.ended = new Promise<void>((resolve) => {
      const end = (err?: Error): void => {
        this.onStreamEnd(err);
        resolve();
      };
      stream.on('end', () => end());
      stream.on('close', () => end());
      stream.on('error', end);
    });
  }

  /** Creates, attaches and starts a container and waits for its agent's `r`; removes the container if any step fails. */
  static async start(docker: Docker, options: Docker.ContainerCreateOptions, { singleJob }: { singleJob: boolean }): Promise<SandboxHost> {
    const container = await docker.createContainer(options);
    let host: SandboxHost | undefined;
    try {
      // Attach before start, so that nothing the agent writes can be missed.
      const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as NodeJS.ReadWriteStream;
      const attached = new SandboxHost(container, stream, singleJob);
      host = attached;
      await container.start();
      const timer = setTimeout(() => attached.fail(new Error(`the sandbox agent did not say it was ready within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      await attached.readyPromise.finally(() => clearTimeout(timer));
      return attached;
    } catch (err) {
      host?.fail(err as Error);
      await container.remove({ force: true }).catch(() => undefined);
      throw err;
    }
  }

  get id(): string {
    return this.container.id;
  }

  get state(): SandboxHostState {
    return this.hostState;
  }

  /** Jobs this host has been given, the one under way included. */
  get jobsServed(): number {
    return this.served;
  }

  /**
   * Resolves once the job under way is over: true when the agent answered `z`
   * and waits for the next job, false when the host broke first or was a
   * single-job host. Resolves at once when no job is under way.
   */
  whenIdle(): Promise<boolean> {
    return this.job?.idle ?? Promise.resolve(this.hostState === 'idle');
  }

  /**
   * Runs one job: its files, the compile stage, and when that succeeded (or
   * there is none) and the job is not compileOnly, the run stage with the spec's stdin. Resolves at the run's
   * end (the compile's when it failed); the host is busy until the agent's
   * `z`, which whenIdle() reports. Rejects with the cause when the host broke,
   * unless the container's memory limit killed the agent: then the stage that
   * was running is reported as killed by it.
   */
  async runJob(spec: SandboxRunSpec, options: HostJobOptions = {}): Promise<SandboxOutcome> {
    if (this.hostState !== 'idle') throw new Error(`sandbox host ${this.shortId} is ${this.hostState}, not idle`);
    if (spec.signal?.aborted) throw new SandboxCancelledError(spec.executionId);
    const job = this.beginJob(spec, options);
    const outcome: SandboxOutcome = {};
    // Cancelled: the host breaks (its agent and every process of the job end with the container), never to be reused.
    const cancel = () => this.fail(new SandboxCancelledError(spec.executionId));
    spec.signal?.addEventListener('abort', cancel, { once: true });
    try {
      this.write(...spec.files.map(fileFrame));
      if (options.returnArtifacts) this.write(returnArtifactsFrame());
      if (spec.compile) {
        outcome.compile = await this.runStage(job, 'compile', [compileFrame(stageLimits(spec.compile, spec), spec.compile.argv)]);
        if (job.artifacts.length > 0 && !job.artifactsSkipped) outcome.artifacts = job.artifacts;
        if (!compileSucceeded(outcome.compile) || options.compileOnly) {
          job.endSent = true;
          this.write(endJobFrame());
          return outcome;
        }
      }
      const stdin = Buffer.from(spec.stdin);
      const stdinFrames = [];
      for (let offset = 0; offset < stdin.length; offset += STDIN_FRAME_BYTES) stdinFrames.push(stdinFrame(stdin.subarray(offset, offset + STDIN_FRAME_BYTES)));
      // The agent holds frames after the stdin until the stage has ended (PROTOCOL.md), so Z goes at once.
      job.endSent = true;
      outcome.run = await this.runStage(job, 'run', [runFrame(stageLimits(spec.run, spec), spec.run.argv), ...stdinFrames, stdinFrame(Buffer.alloc(0)), endJobFrame()]);
      return outcome;
    } catch (err) {
      const stage: StageName = spec.compile && !outcome.compile ? 'compile' : 'run';
      if (this.agentVanished && (await this.wasOomKilled())) return { ...outcome, [stage]: oomKilledStage() };
      throw err;
    } finally {
      spec.signal?.removeEventListener('abort', cancel);
    }
  }

  private get shortId(): string {
    return this.id.slice(0, 12);
  }

  private beginJob(spec: SandboxRunSpec, options: HostJobOptions): Job {
    this.hostState = 'busy';
    this.served++;
    const deadlineMs = (spec.compile?.timeoutMs ?? 0) + spec.run.timeoutMs + DEADLINE_MARGIN_MS;
    let settled!: (idle: boolean) => void;
    const idle = new Promise<boolean>((resolve) => (settled = resolve));
    const job: Job = {
      options,
      observer: spec.observer,
      answerBytes: 0,
      // Two stages' output and the compile's artifacts at most; the agent bounds each, the worker does not trust it to.
      maxAnswerBytes: 2 * spec.outputLimitBytes + (options.returnArtifacts ? MAX_ARTIFACT_BYTES : 0) + ANSWER_OVERHEAD_BYTES,
      artifacts: [],
      artifactsSkipped: false,
      endSent: false,
      // unref: a pending deadline must not keep a stopping worker alive; the attached stream does while the job matters.
      deadline: setTimeout(() => this.fail(new Error(`the sandbox job did not finish within ${deadlineMs} ms`)), deadlineMs).unref(),
      settled,
      idle,
    };
    this.job = job;
    return job;
  }

  /** Writes the stage's frames and resolves with its outcome at its `s`. */
  private runStage(job: Job, name: StageName, frames: Buffer[]): Promise<StageOutcome> {
    return new Promise<StageOutcome>((ended, failed) => {
      if (this.failure) return failed(this.failure);
      job.stage = { name, stdout: [], stderr: [], ended, failed };
      job.observer?.onStage?.(name);
      this.write(...frames);
    });
  }

  private write(...frames: Buffer[]): void {
    if (this.failure) throw this.failure;
    for (const frame of frames) this.stream.write(frame);
  }

  private onStdout(chunk: Buffer): void {
    if (this.hostState === 'broken') return;
    try {
      if (this.job) {
        this.job.answerBytes += chunk.length;
        if (this.job.answerBytes > this.job.maxAnswerBytes) throw new AgentProtocolError(`the sandbox's answer exceeded ${this.job.maxAnswerBytes} bytes`);
      }
      for (const frame of this.decoder.push(chunk)) this.onFrame(frame);
    } catch (err) {
      this.fail(err as Error);
    }
  }

  private onFrame({ type, payload }: AgentFrame): void {
    if (type === 'x') throw new AgentProtocolError(`the sandbox agent failed: ${payload.toString().slice(0, 500)}`);
    if (type === 'r') {
      if (this.hostState !== 'starting') throw new AgentProtocolError('the agent said r a second time');
      const version = payload.toString('latin1');
      if (version !== PROTOCOL_VERSION) throw new AgentProtocolError(`the agent speaks "${version.slice(0, 20)}", not ${PROTOCOL_VERSION}`);
      this.hostState = 'idle';
      this.ready.resolve();
      return;
    }
    const job = this.job;
    if (!job) throw new AgentProtocolError(`the agent sent ${type} with no job under way`);
    if (type === 'z') {
      if (!job.endSent || job.stage) throw new AgentProtocolError('the agent answered z before its job ended');
      return this.finishJob(job);
    }
    const stage = job.stage;
    if (!stage) throw new AgentProtocolError(`the agent sent ${type} while no stage runs`);
    switch (type) {
      case 'o':
      case 'e': {
        const stream = type === 'o' ? 'stdout' : 'stderr';
        stage[stream].push(payload);
        // The observer must not throw: an exception here is a fault of the job, and breaks the host.
        job.observer?.onOutput?.(stage.name, stream, payload);
        return;
      }
      case 'a':
      case 'n':
        if (stage.name !== 'compile' || !job.options.returnArtifacts) throw new AgentProtocolError(`the agent sent ${type} during a ${stage.name} stage without A`);
        if (type === 'a') job.artifacts.push(parseArtifact(payload));
        else job.artifactsSkipped = true;
        return;
      case 's': {
        const end = parseStageEnd(payload);
        if (end.stage !== stage.name) throw new AgentProtocolError(`the agent ended a ${end.stage} stage while a ${stage.name} stage ran`);
        job.stage = undefined;
        stage.ended(stageOutcome(end, stage));
        return;
      }
    }
  }

  private finishJob(job: Job): void {
    clearTimeout(job.deadline);
    this.job = undefined;
    this.hostState = this.singleJob ? 'done' : 'idle';
    job.settled(this.hostState === 'idle');
  }

  private onStreamEnd(err?: Error): void {
    if (this.hostState === 'broken' || this.hostState === 'done') return;
    this.agentVanished = true;
    const pending = this.decoder.pendingBytes > 0 ? ` inside a frame (${this.decoder.pendingBytes} bytes of it)` : '';
    const stderr = this.agentStderr.trim() ? `; its stderr: ${this.agentStderr.trim()}` : '';
    this.fail(new Error(`the sandbox agent's output ended${pending}${stderr}`, err ? { cause: err } : undefined));
  }

  /** Breaks the host for good: the job under way fails with this error, and the agent's stdin is closed. */
  private fail(err: Error): void {
    if (this.hostState === 'broken') return;
    this.hostState = 'broken';
    this.failure = err;
    this.ready.reject(err);
    const job = this.job;
    if (job) {
      clearTimeout(job.deadline);
      job.stage?.failed(err);
      job.settled(false);
    }
    // Closing the attached stdin makes the agent exit, and AutoRemove removes its container.
    (this.stream as unknown as { destroy: () => void }).destroy();
  }

  /** True when the memory limit killed the container's first process, the agent. */
  private async wasOomKilled(): Promise<boolean> {
    const info = await this.container.inspect().catch(() => undefined);
    return info?.State?.OOMKilled === true;
  }
}

/** A stage's limits: its wall time, as much CPU time (a program cannot use more on its one share of a core), the output bound. */
function stageLimits(command: SandboxCommand, spec: SandboxRunSpec): StageLimits {
  return { wallMs: command.timeoutMs, cpuMs: command.timeoutMs, outputBytes: spec.outputLimitBytes };
}

/** PROTOCOL.md: run only after a compile that exited 0, without a signal, a timeout or too much output. */
export function compileSucceeded(compile: StageOutcome): boolean {
  return compile.exitCode === 0 && compile.signal === 0 && !compile.timedOut && !compile.outputExceeded;
}

function stageOutcome(end: StageEnd, stage: RunningStage): StageOutcome {
  return {
    exitCode: end.exitCode,
    signal: end.signal,
    wallMs: end.wallMs,
    cpuMs: end.cpuMs,
    timedOut: end.timedOut,
    outputExceeded: end.outputExceeded,
    oomKilled: end.oomKilled,
    maxRssKb: end.maxRssKb,
    stdout: Buffer.concat(stage.stdout),
    stderr: Buffer.concat(stage.stderr),
  };
}

/** The stage that was running when the memory limit killed the agent itself. */
function oomKilledStage(): StageOutcome {
  return {
    exitCode: null,
    signal: 9,
    wallMs: 0,
    cpuMs: 0,
    timedOut: false,
    outputExceeded: false,
    oomKilled: true,
    maxRssKb: 0,
    stdout: Buffer.alloc(0),
    stderr: Buffer.alloc(0),
  };
}
