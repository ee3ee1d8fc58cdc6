import { SandboxRuntime, validateEnvironment } from '@ghostide/config';
import Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import { sandboxContainerOptions, SandboxLimits, WORKER_LABEL } from '../src/lib/sandbox-container-options';
import { SandboxHost } from '../src/lib/sandbox-host';
import { SandboxCommand, SandboxFile, SandboxOutcome, SandboxRunSpec } from '../src/lib/sandbox-runner';

/**
 * The Docker-level baselines of the benchmark (tools/bench/bench.ts), here
 * because only the sandbox lib imports dockerode. Outside src/: not part of
 * the lib's public index. Every container gets the service's own sandbox
 * options and limits for single-use containers (SANDBOX_ISOLATION=container),
 * labelled ghostide.worker=bench so leftovers are found.
 */
const BENCH_WORKER = 'bench';

/** A program as the service would run it: image, memory limit, files and stage commands. */
export interface BaselineProgram {
  image: string;
  memoryMb: number;
  files: SandboxFile[];
  compile?: SandboxCommand;
  run: SandboxCommand;
}

/** One timed run of a baseline: the timed region's duration and what the run stage did. */
export interface BaselineRun {
  ms: number;
  /** Attach runs: the untimed start of the container until its agent waits (what a warm pool hides). */
  startMs?: number;
  exitCode: number | null;
  stdout: string;
}

/**
 * Floors (exec into a running container, attach to a pre-started one), a
 * jailed host on its own, and the cold one-container-per-run design.
 */
export class DockerBaselines {
  /** runtime: the OCI runtime of every container these baselines start. */
  constructor(readonly runtime: SandboxRuntime = 'runc') {}

  /** The service's defaults (validateEnvironment of an empty environment). */
  private readonly config = validateEnvironment({}).sandbox;
  private readonly docker = new Docker({ socketPath: this.config.dockerSocketPath });
  /** The sandbox limits every baseline container gets. */
  readonly limits: SandboxLimits = {
    cpus: this.config.cpus,
    pidsLimit: this.config.pidsLimit,
    tmpfsMb: this.config.tmpfsMb,
  };

  /** The engine's version, for the report. */
  async dockerVersion(): Promise<string> {
    return (await this.docker.version()).Version;
  }

  /**
   * Exec floor, set-up: starts one container (its agent waits on stdin and is
   * never written to) and writes the program there, compiled once when it is
   * a compiled one. Returns the container id for execRun.
   */
  async startExecContainer(program: BaselineProgram): Promise<string> {
    const container = await this.docker.createContainer(this.options(program));
    try {
      await container.start();
      const prepared = await this.exec(container, program, shellCommand(program, program.compile ? [program.compile] : []));
      if (prepared.exitCode !== 0) throw new Error(`preparing the exec floor's program failed (exit ${prepared.exitCode})`);
      return container.id;
    } catch (err) {
      await this.remove(container.id);
      throw err;
    }
  }

  /**
   * Exec floor, one run: `docker exec` of the run stage in the running
   * container. fresh: the files are written and compiled again first, in the
   * timed region (a source the container has not seen yet).
   */
  async execRun(containerId: string, program: BaselineProgram, fresh: boolean): Promise<BaselineRun> {
    const command = fresh ? shellCommand(program, stagesOf(program)) : program.run.argv;
    const started = performance.now();
    const { exitCode, stdout } = await this.exec(this.docker.getContainer(containerId), program, command);
    return { ms: performance.now() - started, exitCode, stdout };
  }

  /**
   * Attach floor, one run: a container pre-started (agent waiting) outside the
   * timed region; timed is only the exchange of request and answer, as a
   * warm-pool hit of the service. compiled: the artifacts of compileOnce, sent
   * instead of a compile stage, as a compile cache hit of the service.
   */
  async attachRun(program: BaselineProgram, compiled?: SandboxFile[]): Promise<BaselineRun> {
    const spec = this.toSpec(program);
    const { ms, startMs, outcome } = await this.runOnce(program, compiled ? { ...spec, compile: undefined, files: [...spec.files, ...compiled] } : spec);
    return { ms, startMs, exitCode: outcome.run?.exitCode ?? null, stdout: outcome.run?.stdout.toString() ?? '' };
  }

  /** Compiles the program through the agent once and returns the compiled files, for cached attach runs. */
  async compileOnce(program: BaselineProgram): Promise<SandboxFile[]> {
    const { outcome } = await this.runOnce(program, this.toSpec(program), true);
    if (!outcome.artifacts) throw new Error(`compiling for the attach floor failed (exit ${outcome.compile?.exitCode})`);
    return outcome.artifacts;
  }

  /**
   * Jailed host, set-up: a long-lived host (SANDBOX_ISOLATION=host options)
   * whose agent runs each job in fresh jails; started outside the timed region.
   */
  startJailedHost(program: BaselineProgram): Promise<SandboxHost> {
    const options = sandboxContainerOptions('host', { ...program, runtime: this.runtime }, this.limits, { [WORKER_LABEL]: BENCH_WORKER });
    return SandboxHost.start(this.docker, options, { singleJob: false });
  }

  /**
   * Jailed host, one run: one job on the host, timed until its run stage
   * ended, as the service's result; the wait for the agent's end of job
   * (the host free again) is not timed. compiled: as for attachRun.
   */
  async jailedHostRun(host: SandboxHost, program: BaselineProgram, compiled?: SandboxFile[]): Promise<BaselineRun> {
    const spec = this.toSpec(program);
    const started = performance.now();
    const outcome = await host.runJob(compiled ? { ...spec, compile: undefined, files: [...spec.files, ...compiled] } : spec);
    const ms = performance.now() - started;
    if (!(await host.whenIdle())) throw new Error(`the jailed host ${host.id.slice(0, 12)} broke`);
    return { ms, exitCode: outcome.run?.exitCode ?? null, stdout: outcome.run?.stdout.toString() ?? '' };
  }

  /**
   * Cold, one run, all of it timed: create a container whose first process is
   * the program itself (no agent, so the files travel as arguments of sh -c),
   * start, wait, read its logs, remove. Besides the entry point, only what
   * reading the logs needs differs from the service's options: a log driver,
   * and no auto-removal (it would remove the container, logs and all, first).
   */
  async coldRun(program: BaselineProgram): Promise<BaselineRun> {
    const options = this.options(program);
    const started = performance.now();
    const container = await this.docker.createContainer({
      ...options,
      Entrypoint: shellCommand(program, stagesOf(program)),
      Cmd: [],
      HostConfig: { ...options.HostConfig, AutoRemove: false, LogConfig: { Type: 'json-file', Config: {} } },
    });
    let exitCode: number;
    let logs: Buffer;
    try {
      await container.start();
      exitCode = (await container.wait()).StatusCode;
      logs = await container.logs({ stdout: true, stderr: false, follow: false });
    } finally {
      await this.remove(container.id);
    }
    return { ms: performance.now() - started, exitCode, stdout: stdoutOfLogs(logs) };
  }

  /** Removes a baseline container, if it still exists. */
  async remove(containerId: string): Promise<void> {
    await this.docker
      .getContainer(containerId)
      .remove({ force: true })
      .catch((err: { statusCode?: number }) => {
        // 404: already gone; 409: the engine's auto-removal (service options) is under way.
        if (err.statusCode !== 404 && err.statusCode !== 409) throw err;
      });
  }

  /** Removes every container labelled ghostide.worker=bench (also an interrupted run's); returns how many. */
  async removeAll(): Promise<number> {
    const containers = await this.docker.listContainers({ all: true, filters: { label: [`${WORKER_LABEL}=${BENCH_WORKER}`] } });
    await Promise.all(containers.map((info) => this.remove(info.Id)));
    return containers.length;
  }

  private options(program: BaselineProgram): Docker.ContainerCreateOptions {
    return sandboxContainerOptions('container', { ...program, runtime: this.runtime }, this.limits, { [WORKER_LABEL]: BENCH_WORKER });
  }

  /** What the agent is asked to run, with the service's output limit; a baseline compiles in its one container, within the run's memory. */
  private toSpec(program: BaselineProgram): SandboxRunSpec {
    const compile = program.compile ? { ...program.compile, memoryMb: program.memoryMb } : undefined;
    return { executionId: 'bench', stdin: '', outputLimitBytes: this.config.outputLimitBytes, ...program, compile, runtime: this.runtime };
  }

  /** Pre-starts a single-job container (untimed), times its one job, removes the container (untimed). */
  private async runOnce(program: BaselineProgram, spec: SandboxRunSpec, returnArtifacts = false): Promise<{ ms: number; startMs: number; outcome: SandboxOutcome }> {
    const starting = performance.now();
    const host = await SandboxHost.start(this.docker, this.options(program), { singleJob: true });
    const startMs = performance.now() - starting;
    try {
      const started = performance.now();
      const outcome = await host.runJob(spec, { returnArtifacts });
      return { ms: performance.now() - started, startMs, outcome };
    } finally {
      await this.remove(host.id);
    }
  }

  /** Runs a command by `docker exec` as the sandbox user, reads its stdout to the end, then asks for its exit code. */
  private async exec(container: Docker.Container, program: BaselineProgram, command: string[]): Promise<{ exitCode: number | null; stdout: string }> {
    const { User, WorkingDir } = this.options(program);
    const exec = await container.exec({ Cmd: command, AttachStdout: true, AttachStderr: true, User, WorkingDir });
    const stream = await exec.start({ hijack: true, stdin: false });
    const stdout: Buffer[] = [];
    this.docker.modem.demuxStream(stream, new PassThrough().on('data', (chunk: Buffer) => stdout.push(chunk)), new PassThrough().resume());
    await new Promise<void>((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('close', resolve);
      stream.on('error', reject);
    });
    return { exitCode: (await exec.inspect()).ExitCode, stdout: Buffer.concat(stdout).toString() };
  }
}

/** The compile stage, if any, and the run stage. */
function stagesOf(program: BaselineProgram): SandboxCommand[] {
  return program.compile ? [program.compile, program.run] : [program.run];
}

/**
 * `sh -c` that writes the program's files (contents as "$1", "$2", ... since
 * there is no agent and no volume) and then runs the given stages.
 */
function shellCommand(program: BaselineProgram, stages: SandboxCommand[]): string[] {
  const writes = program.files.map((file, index) => `printf %s "$${index + 1}" > ${shellQuote(file.path)}`);
  const commands = stages.map((stage) => stage.argv.map(shellQuote).join(' '));
  return ['sh', '-c', [...writes, ...commands].join(' && '), 'sh', ...program.files.map((file) => file.content.toString())];
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The stdout frames of a non-TTY container's multiplexed logs (8-byte header: stream, 3 zero bytes, length). */
function stdoutOfLogs(logs: Buffer): string {
  const frames: Buffer[] = [];
  for (let offset = 0; offset + 8 <= logs.length; offset += 8 + logs.readUInt32BE(offset + 4)) {
    if (logs[offset] === 1) frames.push(logs.subarray(offset + 8, offset + 8 + logs.readUInt32BE(offset + 4)));
  }
  return Buffer.concat(frames).toString();
}
