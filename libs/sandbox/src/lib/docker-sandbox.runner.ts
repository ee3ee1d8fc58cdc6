import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import { AgentProtocolError, decodeAgentResponse, encodeAgentRequest } from './agent-protocol';
import { SANDBOX_LABEL, sandboxContainerOptions, SandboxLimits, WORKER_LABEL } from './sandbox-container-options';
import { SandboxOutcome, SandboxRunner, SandboxRunSpec } from './sandbox-runner';

/** Time allowed beyond the stages' own limits for starting and reporting. */
const DEADLINE_MARGIN_MS = 15_000;

/**
 * Runs each execution in a fresh container whose first process, the agent,
 * waits on its attached stdin: create, attach, start, write the request,
 * read the answer until the container ends, remove.
 */
@Injectable()
export class DockerSandboxRunner extends SandboxRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DockerSandboxRunner.name);
  private readonly docker: Docker;
  private readonly workerId: string;
  private readonly limits: SandboxLimits;
  /** Containers this worker created and has not removed yet. */
  private readonly liveContainers = new Set<string>();

  constructor(config: ConfigService<AppConfig, true>) {
    super();
    const sandbox = config.get('sandbox', { infer: true });
    this.docker = new Docker({ socketPath: sandbox.dockerSocketPath });
    this.workerId = config.get('worker', { infer: true }).id;
    this.limits = sandbox;
  }

  /** Removes containers a previous, crashed run of this worker left behind. */
  async onModuleInit(): Promise<void> {
    try {
      const removed = await this.removeContainers({ label: [`${WORKER_LABEL}=${this.workerId}`] });
      if (removed > 0) this.logger.warn(`removed ${removed} orphaned sandbox container(s) of worker ${this.workerId}`);
    } catch (err) {
      this.logger.error(`could not look for orphaned containers: ${(err as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.liveContainers].map((id) => this.remove(id)));
  }

  async ping(): Promise<void> {
    await this.docker.ping();
  }

  async missingImages(images: string[]): Promise<string[]> {
    const present = await Promise.all(
      images.map((image) =>
        this.docker
          .getImage(image)
          .inspect()
          .then(() => true, () => false),
      ),
    );
    return images.filter((_, index) => !present[index]);
  }

  async run(spec: SandboxRunSpec): Promise<SandboxOutcome> {
    const request = encodeAgentRequest(spec);
    let container: Docker.Container;
    try {
      container = await this.docker.createContainer(
        sandboxContainerOptions(spec.image, spec.memoryMb, this.limits, {
          [WORKER_LABEL]: this.workerId,
          'ghostide.execution': spec.executionId,
        }),
      );
    } catch (err) {
      throw new Error(`sandbox container create failed for image ${spec.image}`, { cause: err });
    }
    this.liveContainers.add(container.id);
    try {
      const deadlineMs = (spec.compile?.timeoutMs ?? 0) + spec.run.timeoutMs + DEADLINE_MARGIN_MS;
      const answer = await this.exchange(container, request, deadlineMs);
      try {
        return decodeAgentResponse(answer);
      } catch (err) {
        // The agent itself died: when the memory limit killed it, say so.
        if (err instanceof AgentProtocolError && (await this.wasOomKilled(container))) {
          return withOomKilledStage(err.partial, spec.compile !== undefined);
        }
        throw err;
      }
    } finally {
      // One container never serves two executions.
      await this.remove(container.id);
    }
  }

  /** Attaches, starts, writes the request and collects stdout until the container's streams end. */
  private async exchange(container: Docker.Container, request: Buffer, deadlineMs: number): Promise<Buffer> {
    const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as NodeJS.ReadWriteStream;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const out = new PassThrough().on('data', (chunk: Buffer) => stdout.push(chunk));
    const err = new PassThrough().on('data', (chunk: Buffer) => stderr.push(chunk));
    container.modem.demuxStream(stream, out, err);
    const ended = new Promise<void>((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('close', resolve);
      stream.on('error', reject);
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`sandbox did not finish within ${deadlineMs} ms`)), deadlineMs);
    });
    try {
      await container.start();
      stream.write(request);
      await Promise.race([ended, deadline]);
    } finally {
      clearTimeout(timer);
      (stream as unknown as { destroy?: () => void }).destroy?.();
    }
    if (stderr.length > 0) this.logger.warn(`sandbox agent stderr: ${Buffer.concat(stderr).toString().slice(0, 500)}`);
    return Buffer.concat(stdout);
  }

  private async wasOomKilled(container: Docker.Container): Promise<boolean> {
    const info = await container.inspect().catch(() => undefined);
    return info?.State?.OOMKilled === true;
  }

  private async remove(id: string): Promise<void> {
    try {
      await this.docker.getContainer(id).remove({ force: true });
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 404) {
        this.logger.error(`could not remove sandbox container ${id.slice(0, 12)}: ${(err as Error).message}`);
        return;
      }
    }
    this.liveContainers.delete(id);
  }

  private async removeContainers(filters: Record<string, string[]>): Promise<number> {
    const containers = await this.docker.listContainers({ all: true, filters: { ...filters, label: [...(filters['label'] ?? []), SANDBOX_LABEL] } });
    await Promise.all(containers.map((info) => this.remove(info.Id)));
    return containers.length;
  }
}

/** Completes a cut-off answer: the stage that was running when the memory limit killed the agent. */
function withOomKilledStage(partial: SandboxOutcome, compiled: boolean): SandboxOutcome {
  const killed = {
    exitCode: null,
    signal: 9,
    wallMs: 0,
    timedOut: false,
    outputExceeded: false,
    oomKilled: true,
    maxRssKb: 0,
    stdout: Buffer.alloc(0),
    stderr: Buffer.alloc(0),
  };
  return compiled && !partial.compile ? { compile: killed } : { ...partial, run: killed };
}
