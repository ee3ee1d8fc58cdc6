import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import Docker from 'dockerode';
import { AgentProtocolError, decodeAgentResponse, encodeAgentRequest, isCompleteAgentResponse } from './agent-protocol';
import { CompileCache } from './compile-cache';
import { SandboxContainer } from './sandbox-container';
import { POOL_LABEL, SANDBOX_LABEL, sandboxContainerOptions, SandboxLimits, WORKER_LABEL } from './sandbox-container-options';
import { poolKey, PoolTarget, SandboxPool } from './sandbox-pool';
import { SandboxOutcome, SandboxRunner, SandboxRunSpec, SandboxShape, SandboxStats, StageOutcome } from './sandbox-runner';

/** The agent returns at most this much of a compile stage's files (MAX_ARTIFACT_BYTES in the agent). */
const MAX_ARTIFACT_BYTES = 32 * 1024 * 1024;
/** Time allowed beyond the stages' own limits for starting and reporting. */
const DEADLINE_MARGIN_MS = 15_000;

/**
 * Runs each execution in its own container, taken from a warm pool when one
 * is waiting: its first process, the agent, already waits on the attached
 * stdin, so a run costs one write and one read. The container is removed in
 * the background afterwards and never serves a second execution.
 */
@Injectable()
export class DockerSandboxRunner extends SandboxRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DockerSandboxRunner.name);
  private readonly docker: Docker;
  private readonly workerId: string;
  private readonly limits: SandboxLimits;
  private readonly pool: SandboxPool;
  private readonly compileCache: CompileCache;
  /** Image ids, looked up once per image: part of the compile cache key. */
  private readonly imageIds = new Map<string, Promise<string>>();
  /** Removals under way, awaited at shutdown. */
  private readonly removals = new Set<Promise<void>>();
  private containersCreated = 0;
  private containersRemoved = 0;

  constructor(config: ConfigService<AppConfig, true>) {
    super();
    const sandbox = config.get('sandbox', { infer: true });
    this.docker = new Docker({ socketPath: sandbox.dockerSocketPath });
    this.workerId = config.get('worker', { infer: true }).id;
    this.limits = sandbox;
    this.compileCache = new CompileCache(sandbox.compileCacheMb * 1024 * 1024);
    this.pool = new SandboxPool(
      (shape) => this.startContainer(shape),
      (container) => this.removeInBackground(container.id),
    );
  }

  /** Removes containers a previous, crashed run of this worker left behind. */
  async onModuleInit(): Promise<void> {
    try {
      const orphans = await this.docker.listContainers({ all: true, filters: { label: [SANDBOX_LABEL, `${WORKER_LABEL}=${this.workerId}`] } });
      await Promise.all(orphans.map((info) => this.remove(info.Id)));
      if (orphans.length > 0) this.logger.warn(`removed ${orphans.length} orphaned sandbox container(s) of worker ${this.workerId}`);
    } catch (err) {
      this.logger.error(`could not look for orphaned containers: ${(err as Error).message}`);
    }
  }

  /** Removes the pool's containers and waits for every removal under way. */
  async onApplicationShutdown(): Promise<void> {
    this.pool.close();
    await Promise.allSettled([...this.removals]);
  }

  async ping(): Promise<void> {
    await this.docker.ping();
  }

  async missingImages(images: string[]): Promise<string[]> {
    // Asked each time, not from imageIds: an image removed since start counts as missing.
    const present = await Promise.all(
      images.map((image) =>
        this.docker
          .getImage(image)
          .inspect()
          .then(
            () => true,
            (err: { statusCode?: number }) => {
              if (err.statusCode === 404) return false;
              throw err;
            },
          ),
      ),
    );
    return images.filter((_, index) => !present[index]);
  }

  warmUp(pools: PoolTarget[]): void {
    this.pool.configure(pools);
  }

  stats(): SandboxStats {
    const pool = this.pool.stats();
    return {
      idleByPool: pool.idle,
      poolsWarmedUp: pool.warmedUp,
      poolHits: pool.hits,
      poolMisses: pool.misses,
      containersCreated: this.containersCreated,
      containersRemoved: this.containersRemoved,
    };
  }

  async run(spec: SandboxRunSpec): Promise<SandboxOutcome> {
    const cacheKey = spec.compile ? CompileCache.keyOf(spec, await this.imageId(spec.image)) : undefined;
    const compiled = cacheKey ? this.compileCache.get(cacheKey) : undefined;
    // A cache hit skips the compile stage: the compiled files are copied in beside the sources.
    const request = compiled
      ? encodeAgentRequest({ ...spec, compile: undefined, files: [...spec.files, ...compiled.artifacts] })
      : encodeAgentRequest(spec, { returnArtifacts: cacheKey !== undefined });

    const { container } = await this.pool.acquire(spec).catch((err: Error) => {
      throw new Error(`sandbox container for ${spec.image} could not be started`, { cause: err });
    });
    let answered = false;
    try {
      const deadlineMs = (compiled ? 0 : (spec.compile?.timeoutMs ?? 0)) + spec.run.timeoutMs + DEADLINE_MARGIN_MS;
      // Two stages' output, the compile stage's artifacts and the headers, at most.
      const maxAnswerBytes = 2 * spec.outputLimitBytes + MAX_ARTIFACT_BYTES + 64 * 1024;
      const { answer, agentStderr } = await container.exchange(request, deadlineMs, maxAnswerBytes, isCompleteAgentResponse);
      if (agentStderr) this.logger.warn(`sandbox agent stderr (${spec.executionId}): ${agentStderr.slice(0, 500)}`);
      const { outcome, complete } = await this.decode(answer, container, spec);
      answered = complete;
      if (compiled) return { ...outcome, compile: { ...compiled.compile, cached: true } };
      if (cacheKey && outcome.compile && outcome.run && outcome.artifacts) {
        // Copies: the stage's buffers are views into the whole answer, run output included.
        const compile = { ...outcome.compile, stdout: Buffer.from(outcome.compile.stdout), stderr: Buffer.from(outcome.compile.stderr) };
        this.compileCache.set(cacheKey, { artifacts: outcome.artifacts, compile });
      }
      return outcome;
    } finally {
      // One container never serves two executions. After a whole answer the agent exits and the
      // engine removes the container (AutoRemove); otherwise it is removed, off the result's path.
      if (answered) this.containersRemoved++;
      else this.removeInBackground(container.id);
    }
  }

  /** The outcome, and whether the agent answered in full (then it exits by itself). */
  private async decode(answer: Buffer, container: SandboxContainer, spec: SandboxRunSpec): Promise<{ outcome: SandboxOutcome; complete: boolean }> {
    try {
      return { outcome: decodeAgentResponse(answer), complete: true };
    } catch (err) {
      // The agent itself died: when the memory limit killed it, say so.
      if (err instanceof AgentProtocolError && (await container.wasOomKilled())) {
        return { outcome: withOomKilledStage(err.partial, spec.compile !== undefined), complete: false };
      }
      throw err;
    }
  }

  private async startContainer(shape: SandboxShape): Promise<SandboxContainer> {
    const container = await SandboxContainer.start(
      this.docker,
      sandboxContainerOptions(shape, this.limits, { [WORKER_LABEL]: this.workerId, [POOL_LABEL]: poolKey(shape) }),
    );
    this.containersCreated++;
    return container;
  }

  private imageId(image: string): Promise<string> {
    let id = this.imageIds.get(image);
    if (!id) {
      id = this.docker
        .getImage(image)
        .inspect()
        .then((info) => info.Id);
      // A failed look-up (image not built yet) is tried again next time.
      id.catch(() => this.imageIds.delete(image));
      this.imageIds.set(image, id);
    }
    return id;
  }

  private removeInBackground(id: string): void {
    const removal = this.remove(id).finally(() => this.removals.delete(removal));
    this.removals.add(removal);
  }

  private async remove(id: string): Promise<void> {
    try {
      await this.docker.getContainer(id).remove({ force: true });
      this.containersRemoved++;
    } catch (err) {
      // 404: already gone; 409: the engine's auto-removal is under way.
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 404 || status === 409) this.containersRemoved++;
      else this.logger.error(`could not remove sandbox container ${id.slice(0, 12)}: ${(err as Error).message}`);
    }
  }
}

/** Completes a cut-off answer: the stage that was running when the memory limit killed the agent. */
function withOomKilledStage(partial: SandboxOutcome, compiled: boolean): SandboxOutcome {
  const killed: StageOutcome = {
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
