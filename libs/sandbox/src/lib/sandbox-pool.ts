import { Logger } from '@nestjs/common';
import type { SandboxHostState } from './sandbox-host';
import type { SandboxShape } from './sandbox-runner';

/** How many started hosts to keep for one image, memory limit and runtime. */
export interface PoolTarget extends SandboxShape {
  size: number;
}

/** What the pool needs of a host: a SandboxHost, or a stand-in in tests. */
export interface PooledHost {
  readonly id: string;
  readonly state: SandboxHostState;
  readonly jobsServed: number;
  /** Resolves when the host's container is gone. */
  readonly ended: Promise<void>;
  /** Resolves when its job is over: true when it can take another. */
  whenIdle(): Promise<boolean>;
}

/** When a host is replaced. */
export interface PoolPolicy {
  /** Jobs one host serves at most; 1: single-use containers (SANDBOX_ISOLATION=container), never handed out twice. */
  maxJobsPerHost: number;
  /** An idle host unused this long is replaced by a fresh one; 0: never. */
  idleTimeoutMs: number;
}

/** What the pool has done, for health and metrics. */
export interface PoolStats {
  /** Idle hosts now, by pool (image@memory/runtime). */
  idle: Record<string, number>;
  /** Every pool configure() declared has been full at least once. */
  warmedUp: boolean;
  /** Acquisitions served by a waiting host (hits) and by a cold start (misses). */
  hits: number;
  misses: number;
  /** Hosts taken out of service and replaced: broken, after an abnormal job, at maxJobsPerHost, or idle too long. */
  recycled: number;
}

/** Back-off before a failed refill (engine down, image missing) is tried again. */
const REFILL_RETRY_MS = 2_000;
/** Distinct (image, memory, runtime) pools at most; other memory limits start cold. */
const MAX_POOLS = 16;

/**
 * Started sandbox hosts by shape, kept ready so that a job never waits for a
 * container to be created while a host is free. A released host comes back
 * once its agent has answered `z`, unless it broke, has served
 * maxJobsPerHost jobs, or the pool is full; an idle host is replaced after
 * idleTimeoutMs. With maxJobsPerHost 1 it is today's warm pool of
 * single-use containers: a taken container never comes back, and the pool
 * refills in the background.
 */
export class SandboxPool<H extends PooledHost> {
  private readonly logger = new Logger(SandboxPool.name);
  private readonly idle = new Map<string, H[]>();
  private readonly starting = new Map<string, number>();
  /** Hosts handed out and not back yet, by pool: counted against its size when they come back. */
  private readonly busy = new Map<string, number>();
  /** The pool of every host handed out. */
  private readonly poolOfHost = new Map<H, string>();
  private readonly idleTimers = new Map<H, NodeJS.Timeout>();
  private readonly targets = new Map<string, PoolTarget>();
  /** Pool size of an image at any memory limit, from its default pool. */
  private readonly sizeByImage = new Map<string, number>();
  /** Declared pools that have not been full yet. */
  private readonly warmingUp = new Set<string>();
  private readonly reusesHosts: boolean;
  private hits = 0;
  private misses = 0;
  private recycled = 0;
  private closed = false;

  constructor(
    private readonly startHost: (shape: SandboxShape) => Promise<H>,
    private readonly discard: (host: H) => void,
    private readonly policy: PoolPolicy,
  ) {
    this.reusesHosts = policy.maxJobsPerHost > 1;
  }

  /** Declares the default pools and starts filling them. */
  configure(targets: PoolTarget[]): void {
    for (const target of targets) {
      this.sizeByImage.set(target.image, target.size);
      if (target.size === 0) continue; // disabled: every run of this image starts cold
      const key = poolKey(target);
      this.targets.set(key, target);
      this.warmingUp.add(key);
      this.refill(key);
    }
  }

  /** An idle host of this shape if there is one, else a cold start. Give it back with release(). */
  async acquire(shape: SandboxShape): Promise<{ host: H; warm: boolean }> {
    const key = poolKey(shape);
    this.adoptMemoryLimit(shape);
    const waiting = this.idle.get(key) ?? [];
    let host = waiting.shift();
    while (host && host.state !== 'idle') {
      this.takeOut(host);
      this.discard(host);
      host = waiting.shift();
    }
    if (host) this.takeOut(host);
    this.busy.set(key, (this.busy.get(key) ?? 0) + 1);
    this.refill(key);
    if (host) {
      this.hits++;
      this.poolOfHost.set(host, key);
      return { host, warm: true };
    }
    this.misses++;
    try {
      host = await this.startHost(shape);
    } catch (err) {
      this.busy.set(key, (this.busy.get(key) ?? 1) - 1);
      throw err;
    }
    this.watch(key, host);
    this.poolOfHost.set(host, key);
    return { host, warm: false };
  }

  /**
   * Gives back a host acquire() handed out, whatever its job did: it returns
   * to the pool once idle, or is discarded; always discarded when the caller
   * says it must not serve again (reusable false).
   */
  release(host: H, reusable = true): void {
    const key = this.poolOfHost.get(host);
    if (key === undefined) return;
    this.poolOfHost.delete(host);
    void host.whenIdle().then((idle) => {
      this.busy.set(key, (this.busy.get(key) ?? 1) - 1);
      const retire = !reusable || !idle || host.jobsServed >= this.policy.maxJobsPerHost;
      const target = this.targets.get(key);
      const waiting = this.idle.get(key) ?? [];
      if (retire || this.closed || !target || waiting.length >= target.size) {
        if (retire && this.reusesHosts) this.recycled++;
        this.discard(host);
      } else {
        this.putBack(key, host);
      }
      this.refill(key);
    });
  }

  stats(): PoolStats {
    return {
      idle: Object.fromEntries([...this.targets.keys()].map((key) => [key, this.idle.get(key)?.length ?? 0])),
      warmedUp: this.warmingUp.size === 0,
      hits: this.hits,
      misses: this.misses,
      recycled: this.recycled,
    };
  }

  /** Stops refilling and hands every idle host to discard; hosts released later are discarded too. */
  close(): void {
    this.closed = true;
    for (const hosts of this.idle.values()) {
      for (const host of hosts.splice(0)) {
        clearTimeout(this.idleTimers.get(host));
        this.discard(host);
      }
    }
    this.idleTimers.clear();
  }

  /** A memory limit in use gets a pool of its own, as large as the image's default pool. */
  private adoptMemoryLimit(shape: SandboxShape): void {
    const key = poolKey(shape);
    const size = this.sizeByImage.get(shape.image) ?? 0;
    if (this.targets.has(key) || size === 0 || this.targets.size >= MAX_POOLS) return;
    this.targets.set(key, { ...shape, size });
  }

  private refill(key: string): void {
    const target = this.targets.get(key);
    if (!target || this.closed) return;
    const waiting = this.idle.get(key) ?? [];
    this.idle.set(key, waiting);
    // Busy hosts come back (unless single-use), so they count: the pool holds `size` hosts, not `size` idle ones.
    const comingBack = this.reusesHosts ? (this.busy.get(key) ?? 0) : 0;
    const missing = target.size - waiting.length - (this.starting.get(key) ?? 0) - comingBack;
    for (let i = 0; i < missing; i++) void this.startOne(key, target);
  }

  private async startOne(key: string, target: PoolTarget): Promise<void> {
    this.starting.set(key, (this.starting.get(key) ?? 0) + 1);
    try {
      const host = await this.startHost(target);
      if (this.closed) return this.discard(host);
      this.watch(key, host);
      this.putBack(key, host);
    } catch (err) {
      this.logger.warn(`could not start a pooled ${target.image} sandbox, retrying in ${REFILL_RETRY_MS} ms: ${(err as Error).message}`);
      setTimeout(() => this.refill(key), REFILL_RETRY_MS).unref();
    } finally {
      this.starting.set(key, (this.starting.get(key) ?? 1) - 1);
    }
  }

  /** Called once per host: one that dies while idle (engine restart, OOM) leaves the pool and is replaced. */
  private watch(key: string, host: H): void {
    void host.ended.then(() => {
      if (!this.takeOut(host)) return; // handed out: release() decides
      this.discard(host);
      if (this.reusesHosts) this.recycled++;
      setTimeout(() => this.refill(key), REFILL_RETRY_MS).unref();
    });
  }

  private putBack(key: string, host: H): void {
    const waiting = this.idle.get(key) ?? [];
    this.idle.set(key, waiting);
    waiting.push(host);
    if (waiting.length >= (this.targets.get(key)?.size ?? 0)) this.warmingUp.delete(key);
    if (this.policy.idleTimeoutMs > 0) {
      const timer = setTimeout(() => {
        if (!this.takeOut(host)) return;
        this.recycled++;
        this.discard(host);
        this.refill(key);
      }, this.policy.idleTimeoutMs);
      this.idleTimers.set(host, timer.unref());
    }
  }

  /** Removes a host from the idle hosts, with its idle timer; false when it was not idle. */
  private takeOut(host: H): boolean {
    clearTimeout(this.idleTimers.get(host));
    this.idleTimers.delete(host);
    for (const hosts of this.idle.values()) {
      const index = hosts.indexOf(host);
      if (index >= 0) {
        hosts.splice(index, 1);
        return true;
      }
    }
    return false;
  }
}

/** Names a pool: image, memory limit and runtime, e.g. ghostide-sandbox-python@128m/runc. */
export function poolKey({ image, memoryMb, runtime }: SandboxShape): string {
  return `${image}@${memoryMb}m/${runtime}`;
}
