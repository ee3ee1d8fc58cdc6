import { Logger } from '@nestjs/common';
import { SandboxContainer } from './sandbox-container';
import type { SandboxShape } from './sandbox-runner';

/** How many started containers to keep waiting for one image, memory limit and runtime. */
export interface PoolTarget extends SandboxShape {
  size: number;
}

/** What the pool has done, for health and metrics. */
export interface PoolStats {
  /** Idle containers now, by pool (image@memory). */
  idle: Record<string, number>;
  /** Every pool configure() declared has been full at least once. */
  warmedUp: boolean;
  /** Acquisitions served by a waiting container (hits) and by a cold start (misses). */
  hits: number;
  misses: number;
}

/** Back-off before a failed refill (engine down, image missing) is tried again. */
const REFILL_RETRY_MS = 2_000;
/** Distinct (image, memory) pools at most; other memory limits start cold. */
const MAX_POOLS = 16;

/**
 * Warm pool of single-use sandboxes: containers created and started ahead of
 * time, with every limit, each waiting for exactly one execution. A taken
 * container is never returned; the pool refills in the background.
 */
export class SandboxPool {
  private readonly logger = new Logger(SandboxPool.name);
  private readonly idle = new Map<string, SandboxContainer[]>();
  private readonly starting = new Map<string, number>();
  private readonly targets = new Map<string, PoolTarget>();
  /** Pool size of an image at any memory limit, from its default pool. */
  private readonly sizeByImage = new Map<string, number>();
  /** Declared pools that have not been full yet. */
  private readonly warmingUp = new Set<string>();
  private hits = 0;
  private misses = 0;
  private closed = false;

  constructor(
    private readonly startContainer: (shape: SandboxShape) => Promise<SandboxContainer>,
    private readonly discard: (container: SandboxContainer) => void,
  ) {}

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

  /** A started container of this shape: a warm one if any, else a cold start. */
  async acquire(shape: SandboxShape): Promise<{ container: SandboxContainer; warm: boolean }> {
    const key = poolKey(shape);
    this.adoptMemoryLimit(shape);
    const waiting = this.idle.get(key) ?? [];
    let container = waiting.shift();
    while (container && !container.ready) {
      this.discard(container);
      container = waiting.shift();
    }
    this.refill(key);
    if (container) {
      this.hits++;
      return { container, warm: true };
    }
    this.misses++;
    return { container: await this.startContainer(shape), warm: false };
  }

  stats(): PoolStats {
    return {
      idle: Object.fromEntries([...this.targets.keys()].map((key) => [key, this.idle.get(key)?.length ?? 0])),
      warmedUp: this.warmingUp.size === 0,
      hits: this.hits,
      misses: this.misses,
    };
  }

  /** Stops refilling and hands every idle container to discard. */
  close(): void {
    this.closed = true;
    for (const containers of this.idle.values()) containers.splice(0).forEach((container) => this.discard(container));
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
    const missing = target.size - waiting.length - (this.starting.get(key) ?? 0);
    for (let i = 0; i < missing; i++) void this.startOne(key, target);
  }

  private async startOne(key: string, target: PoolTarget): Promise<void> {
    this.starting.set(key, (this.starting.get(key) ?? 0) + 1);
    try {
      const container = await this.startContainer(target);
      if (this.closed) return this.discard(container);
      const waiting = this.idle.get(key) ?? [];
      waiting.push(container);
      if (waiting.length >= target.size) this.warmingUp.delete(key);
      // A container that dies while idle (engine restart, OOM) leaves the pool and is replaced.
      void container.exited.then(() => this.dropDead(key, container));
    } catch (err) {
      this.logger.warn(`could not start a pooled ${target.image} container, retrying in ${REFILL_RETRY_MS} ms: ${(err as Error).message}`);
      setTimeout(() => this.refill(key), REFILL_RETRY_MS).unref();
    } finally {
      this.starting.set(key, (this.starting.get(key) ?? 1) - 1);
    }
  }

  private dropDead(key: string, container: SandboxContainer): void {
    const waiting = this.idle.get(key);
    const index = waiting?.indexOf(container) ?? -1;
    if (index < 0) return; // taken by a job: its exit is the normal end of the run
    waiting?.splice(index, 1);
    this.discard(container);
    setTimeout(() => this.refill(key), REFILL_RETRY_MS).unref();
  }
}

/** Names a pool: image, memory limit and runtime, e.g. ghostide-sandbox-python@128m/runc. */
export function poolKey({ image, memoryMb, runtime }: SandboxShape): string {
  return `${image}@${memoryMb}m/${runtime}`;
}
