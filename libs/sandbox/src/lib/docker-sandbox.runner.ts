import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig, SandboxIsolation } from '@ghostide/config';
import Docker from 'dockerode';
import { CompileCache } from './compile-cache';
import { POOL_LABEL, SANDBOX_LABEL, sandboxContainerOptions, SandboxLimits, WORKER_LABEL } from './sandbox-container-options';
import { compileSucceeded, SandboxHost } from './sandbox-host';
import { poolKey, PoolTarget, SandboxPool } from './sandbox-pool';
import { compileSandboxMemoryMb, SandboxFile, SandboxOutcome, SandboxRunner, SandboxRunSpec, SandboxShape, SandboxStats, StageOutcome } from './sandbox-runner';

/**
 * Runs each execution on a started sandbox host from the pool of its shape.
 * SANDBOX_ISOLATION=host: a long-lived container whose agent runs every
 * stage in a fresh jail, given back to the pool after the job and replaced
 * when it broke, its job ended abnormally, after SANDBOX_HOST_MAX_RUNS jobs
 * or SANDBOX_HOST_IDLE_SECONDS unused. SANDBOX_ISOLATION=container: a
 * single-use container that ends after its job and never serves a second.
 * Either way the agent already waits on the attached stdin, so a job costs
 * writes and reads on one stream.
 */
@Injectable()
export class DockerSandboxRunner extends SandboxRunner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DockerSandboxRunner.name);
  private readonly docker: Docker;
  private readonly workerId: string;
  private readonly limits: SandboxLimits;
  private readonly isolation: SandboxIsolation;
  /** One pool per isolation: runsc shapes use single-use containers even in host mode (isolationOf). */
  private readonly pools: Record<SandboxIsolation, SandboxPool<SandboxHost>>;
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
    this.isolation = sandbox.isolation;
    this.compileCache = new CompileCache(sandbox.compileCacheMb * 1024 * 1024);
    const discard = (host: SandboxHost): void => this.discard(host);
    this.pools = {
      host: new SandboxPool((shape) => this.startHost('host', shape), discard, {
        maxJobsPerHost: sandbox.hostMaxRuns,
        idleTimeoutMs: sandbox.hostIdleSeconds * 1000,
      }),
      container: new SandboxPool((shape) => this.startHost('container', shape), discard, { maxJobsPerHost: 1, idleTimeoutMs: 0 }),
    };
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

  /** Removes the pool's idle hosts and waits for every removal under way. */
  async onApplicationShutdown(): Promise<void> {
    this.pools.host.close();
    this.pools.container.close();
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
    for (const isolation of ['host', 'container'] as const) {
      this.pools[isolation].configure(pools.filter((target) => this.isolationOf(target) === isolation));
    }
  }

  stats(): SandboxStats {
    const host = this.pools.host.stats();
    const container = this.pools.container.stats();
    return {
      idleByPool: { ...host.idle, ...container.idle },
      poolsWarmedUp: host.warmedUp && container.warmedUp,
      poolHits: host.hits + container.hits,
      poolMisses: host.misses + container.misses,
      containersCreated: this.containersCreated,
      containersRemoved: this.containersRemoved,
      hostsRecycled: host.recycled,
    };
  }

  async run(spec: SandboxRunSpec): Promise<SandboxOutcome> {
    const cacheKey = spec.compile ? CompileCache.keyOf(spec, await this.imageId(spec.image)) : undefined;
    const cached = cacheKey ? this.compileCache.get(cacheKey) : undefined;
    if (cached) return this.runCompiled(spec, cached.artifacts, { ...cached.compile, cached: true });

    const compileMemoryMb = spec.compile ? compileSandboxMemoryMb(spec.compile.memoryMb, spec.memoryMb) : spec.memoryMb;
    if (compileMemoryMb === spec.memoryMb) {
      // One host for both stages: the compile's limits are the run's.
      const outcome = await this.onHost(spec, (host) => host.runJob(spec, { returnArtifacts: cacheKey !== undefined }));
      if (cacheKey && outcome.compile && outcome.run && outcome.artifacts) {
        this.compileCache.set(cacheKey, { artifacts: outcome.artifacts, compile: outcome.compile });
      }
      return outcome;
    }

    // The compile on a host of its own memory limit, the program on one of the run's, as on a cache hit.
    const compileSpec = { ...spec, memoryMb: compileMemoryMb };
    const compiled = await this.onHost(compileSpec, (host) => host.runJob(compileSpec, { returnArtifacts: true, compileOnly: true }));
    if (!compiled.compile || !compileSucceeded(compiled.compile)) return { compile: compiled.compile };
    if (!compiled.artifacts) {
      // More than the agent sends back (MAX_ARTIFACT_BYTES): compiled again beside the run, within its limit.
      return this.onHost(spec, (host) => host.runJob(spec));
    }
    if (cacheKey) this.compileCache.set(cacheKey, { artifacts: compiled.artifacts, compile: compiled.compile });
    return this.runCompiled(spec, compiled.artifacts, compiled.compile);
  }

  /**
   * The run stage over compiled files, copied in beside the sources in place of any source the
   * compile overwrote (a submitted "main" beside main.cpp); reported with the compile that made them.
   */
  private async runCompiled(spec: SandboxRunSpec, artifacts: SandboxFile[], compile: StageOutcome): Promise<SandboxOutcome> {
    const compiledPaths = new Set(artifacts.map((file) => file.path));
    const sources = spec.files.filter((file) => !compiledPaths.has(file.path));
    const outcome = await this.onHost(spec, (host) => host.runJob({ ...spec, compile: undefined, files: [...sources, ...artifacts] }));
    return { ...outcome, compile };
  }

  /** One job on a host of the shape's pool. */
  private async onHost(shape: SandboxShape, job: (host: SandboxHost) => Promise<SandboxOutcome>): Promise<SandboxOutcome> {
    const pool = this.pools[this.isolationOf(shape)];
    const { host } = await pool.acquire(shape).catch((err: Error) => {
      throw new Error(`sandbox for ${shape.image} could not be started`, { cause: err });
    });
    let outcome: SandboxOutcome | undefined;
    try {
      outcome = await job(host);
      return outcome;
    } finally {
      // Back to the pool once the agent has answered z; a broken or used-up host is discarded, and so is
      // one whose memory limit killed something: the engine's OOMKilled flag, which tells an agent killed
      // by the limit from one that crashed, then stays set for the container's life.
      pool.release(host, !(outcome?.compile?.oomKilled || outcome?.run?.oomKilled));
    }
  }

  /**
   * gVisor refuses mount(2) in a user namespace nested in its sandbox (the
   * jail's tmpfs: EPERM, measured with runsc on Docker 20.10), so runsc
   * shapes run single-use containers whatever SANDBOX_ISOLATION says.
   */
  private isolationOf(shape: SandboxShape): SandboxIsolation {
    return shape.runtime === 'runsc' ? 'container' : this.isolation;
  }

  private async startHost(isolation: SandboxIsolation, shape: SandboxShape): Promise<SandboxHost> {
    const options = sandboxContainerOptions(isolation, shape, this.limits, { [WORKER_LABEL]: this.workerId, [POOL_LABEL]: poolKey(shape) });
    const host = await SandboxHost.start(this.docker, options, { singleJob: isolation === 'container' });
    this.containersCreated++;
    return host;
  }

  private discard(host: SandboxHost): void {
    // A single-job agent that answered its job exits, and the engine removes its container (AutoRemove).
    if (host.state === 'done') this.containersRemoved++;
    else this.removeInBackground(host.id);
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
