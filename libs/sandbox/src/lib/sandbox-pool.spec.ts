import { SandboxContainer } from './sandbox-container';
import { poolKey, SandboxPool } from './sandbox-pool';

/** A stand-in container: only what the pool looks at. */
class FakeContainer {
  ready = true;
  private exit!: () => void;
  readonly exited = new Promise<void>((resolve) => (this.exit = resolve));
  constructor(readonly id: string) {}
  die(): void {
    this.ready = false;
    this.exit();
  }
}

/** The shape of a python sandbox with this memory limit. */
const py = (memoryMb: number) => ({ image: 'py', memoryMb, runtime: 'runc' as const });

const flush = () => new Promise((resolve) => setImmediate(resolve));

function makePool() {
  const started: FakeContainer[] = [];
  const discarded: string[] = [];
  const pool = new SandboxPool(
    async ({ image, memoryMb }) => {
      const container = new FakeContainer(`${image}@${memoryMb}#${started.length}`);
      started.push(container);
      return container as unknown as SandboxContainer;
    },
    (container) => discarded.push(container.id),
  );
  return { pool, started, discarded };
}

describe('SandboxPool', () => {
  it('starts the configured number of containers per pool ahead of time', async () => {
    const { pool, started } = makePool();
    pool.configure([{ ...py(128), size: 2 }]);
    await flush();
    expect(started).toHaveLength(2);
    expect(pool.stats().idle).toEqual({ [poolKey(py(128))]: 2 });
  });

  it('hands out a warm container once and never again, then refills', async () => {
    const { pool, started } = makePool();
    pool.configure([{ ...py(128), size: 2 }]);
    await flush();
    const first = await pool.acquire(py(128));
    const second = await pool.acquire(py(128));
    expect(first.warm).toBe(true);
    expect(second.warm).toBe(true);
    expect(first.container).not.toBe(second.container);
    await flush();
    expect(started).toHaveLength(4);
    expect(pool.stats().idle[poolKey(py(128))]).toBe(2);
  });

  it('starts a cold container when the pool is empty or disabled', async () => {
    const { pool } = makePool();
    pool.configure([{ ...py(128), size: 0 }]);
    const taken = await pool.acquire(py(128));
    expect(taken.warm).toBe(false);
    expect(pool.stats().idle).toEqual({});
  });

  it('discards a container that died while idle and never hands it out', async () => {
    const { pool, started, discarded } = makePool();
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    started[0].die();
    await flush();
    expect(discarded).toEqual([started[0].id]);
    const taken = await pool.acquire(py(128));
    expect(taken.container).not.toBe(started[0]);
  });

  it('gives a memory limit in use a pool of its own, as large as the default one', async () => {
    const { pool, started } = makePool();
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    const taken = await pool.acquire(py(256));
    expect(taken.warm).toBe(false);
    await flush();
    expect(started.filter((container) => container.id.startsWith('py@256'))).toHaveLength(2);
    expect(pool.stats().idle[poolKey(py(256))]).toBe(1);
  });

  it('keeps pools of different runtimes apart', async () => {
    const { pool } = makePool();
    pool.configure([{ ...py(128), size: 1 }, { image: 'js', memoryMb: 128, runtime: 'runsc', size: 1 }]);
    await flush();
    expect(Object.keys(pool.stats().idle).sort()).toEqual(['js@128m/runsc', 'py@128m/runc']);
  });

  it('counts a warm container handed out as a hit and a cold start as a miss', async () => {
    const { pool } = makePool();
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    // Both at once: the second comes before the refill, to an empty pool.
    const taken = await Promise.all([pool.acquire(py(128)), pool.acquire(py(128))]);
    expect(taken.map((t) => t.warm)).toEqual([true, false]);
    expect(pool.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('is warmed up once every declared pool has been full, and stays so while runs take containers', async () => {
    const { pool } = makePool();
    pool.configure([
      { ...py(128), size: 2 },
      { image: 'cpp', memoryMb: 128, runtime: 'runc', size: 1 },
    ]);
    expect(pool.stats().warmedUp).toBe(false);
    await flush();
    expect(pool.stats().warmedUp).toBe(true);
    await pool.acquire(py(128));
    expect(pool.stats().warmedUp).toBe(true);
  });

  it('is not warmed up while a declared pool cannot start its containers', async () => {
    const pool = new SandboxPool(
      () => Promise.reject(new Error('no such image: py')),
      () => undefined,
    );
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    expect(pool.stats().warmedUp).toBe(false);
    pool.close();
  });

  it('is warmed up at once when every pool is disabled', () => {
    const { pool } = makePool();
    pool.configure([{ ...py(128), size: 0 }]);
    expect(pool.stats().warmedUp).toBe(true);
  });

  it('discards every idle container on close and stops refilling', async () => {
    const { pool, started, discarded } = makePool();
    pool.configure([{ ...py(128), size: 2 }]);
    await flush();
    pool.close();
    expect(discarded.sort()).toEqual(started.map((container) => container.id).sort());
    await pool.acquire(py(128));
    await flush();
    expect(started).toHaveLength(3);
  });
});
