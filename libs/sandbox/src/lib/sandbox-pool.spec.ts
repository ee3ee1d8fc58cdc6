import type { SandboxHostState } from './sandbox-host';
import { PooledHost, PoolPolicy, poolKey, SandboxPool } from './sandbox-pool';

/** A stand-in host: only what the pool looks at, with the job's end in the test's hands. */
class FakeHost implements PooledHost {
  state: SandboxHostState = 'idle';
  jobsServed = 0;
  private exit!: () => void;
  readonly ended = new Promise<void>((resolve) => (this.exit = resolve));
  private settle?: (idle: boolean) => void;
  private idle: Promise<boolean> = Promise.resolve(true);
  constructor(
    readonly id: string,
    private readonly singleJob: boolean,
  ) {}

  /** What runJob does to the host's state: busy until the job's end. */
  startJob(): void {
    this.jobsServed++;
    this.state = 'busy';
    this.idle = new Promise((resolve) => (this.settle = resolve));
  }

  /** The agent answered z. */
  answer(): void {
    this.state = this.singleJob ? 'done' : 'idle';
    this.settle?.(this.state === 'idle');
  }

  /** The host broke (deadline, protocol error, the agent died). */
  breakDown(): void {
    this.state = 'broken';
    this.settle?.(false);
    this.exit();
  }

  whenIdle(): Promise<boolean> {
    return this.idle;
  }
}

/** The shape of a python sandbox with this memory limit. */
const py = (memoryMb: number) => ({ image: 'py', memoryMb, runtime: 'runc' as const });

const flush = () => new Promise((resolve) => setImmediate(resolve));

const HOSTS: PoolPolicy = { maxJobsPerHost: 3, idleTimeoutMs: 60_000 };
const SINGLE_USE: PoolPolicy = { maxJobsPerHost: 1, idleTimeoutMs: 0 };

function makePool(policy: PoolPolicy) {
  const started: FakeHost[] = [];
  const discarded: string[] = [];
  const pool = new SandboxPool<FakeHost>(
    async ({ image, memoryMb }) => {
      const host = new FakeHost(`${image}@${memoryMb}#${started.length}`, policy.maxJobsPerHost === 1);
      started.push(host);
      return host;
    },
    (host) => discarded.push(host.id),
    policy,
  );
  return { pool, started, discarded };
}

/** Takes a host, runs a job on it and gives it back; end decides how the job ends. */
async function runOn(pool: SandboxPool<FakeHost>, end: (host: FakeHost) => void = (host) => host.answer()): Promise<FakeHost> {
  const { host } = await pool.acquire(py(128));
  host.startJob();
  pool.release(host);
  end(host);
  await flush();
  return host;
}

describe('SandboxPool of long-lived hosts', () => {
  afterEach(() => jest.useRealTimers());

  it('starts the configured number of hosts per pool ahead of time', async () => {
    const { pool, started } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 2 }]);
    await flush();
    expect(started).toHaveLength(2);
    expect(pool.stats().idle).toEqual({ [poolKey(py(128))]: 2 });
  });

  it('hands the same host out again once its agent answered z, without starting another', async () => {
    const { pool, started } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    const first = await runOn(pool);
    const { host, warm } = await pool.acquire(py(128));
    expect(warm).toBe(true);
    expect(host).toBe(first);
    expect(started).toHaveLength(1);
  });

  it('counts busy hosts against the size: no refill while they are out', async () => {
    const { pool, started } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 2 }]);
    await flush();
    await Promise.all([pool.acquire(py(128)), pool.acquire(py(128))]);
    await flush();
    expect(started).toHaveLength(2);
  });

  it('starts a host cold when every host is busy, and keeps only as many as the pool size when they come back', async () => {
    const { pool, started, discarded } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    const busy = await pool.acquire(py(128));
    const cold = await pool.acquire(py(128));
    expect(cold.warm).toBe(false);
    for (const { host } of [busy, cold]) {
      host.startJob();
      pool.release(host);
      host.answer();
    }
    await flush();
    expect(pool.stats().idle[poolKey(py(128))]).toBe(1);
    expect(discarded).toEqual([cold.host.id]);
    expect(started).toHaveLength(2);
    expect(pool.stats()).toMatchObject({ hits: 1, misses: 1, recycled: 0 });
  });

  it('is busy until the agent answers z: the host is not handed out before', async () => {
    const { pool, started } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    const { host } = await pool.acquire(py(128));
    host.startJob();
    pool.release(host);
    await flush();
    expect(pool.stats().idle[poolKey(py(128))]).toBe(0);
    host.answer();
    await flush();
    expect(pool.stats().idle[poolKey(py(128))]).toBe(1);
    expect(started).toHaveLength(1);
  });

  it('discards a host that broke during its job, and replaces it', async () => {
    const { pool, started, discarded } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    const broken = await runOn(pool, (host) => host.breakDown());
    expect(discarded).toEqual([broken.id]);
    expect(started).toHaveLength(2);
    expect(pool.stats()).toMatchObject({ idle: { [poolKey(py(128))]: 1 }, recycled: 1 });
  });

  it('discards a host once it has served maxJobsPerHost jobs, and replaces it', async () => {
    const { pool, started, discarded } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    for (let i = 0; i < 3; i++) await runOn(pool);
    expect(discarded).toEqual([started[0].id]);
    expect(started).toHaveLength(2);
    expect(pool.stats().recycled).toBe(1);
  });

  it('discards a host released as not reusable, although its agent answered z, and replaces it', async () => {
    const { pool, started, discarded } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    const { host } = await pool.acquire(py(128));
    host.startJob();
    pool.release(host, false);
    host.answer();
    await flush();
    expect(discarded).toEqual([started[0].id]);
    expect(started).toHaveLength(2);
    expect(pool.stats().recycled).toBe(1);
  });

  it('replaces a host left idle for idleTimeoutMs since its last job, and keeps one that is used', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    const { pool, started, discarded } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    jest.advanceTimersByTime(50_000);
    await runOn(pool);
    jest.advanceTimersByTime(50_000);
    expect(discarded).toEqual([]);
    jest.advanceTimersByTime(10_000);
    await flush();
    expect(discarded).toEqual([started[0].id]);
    expect(started).toHaveLength(2);
    expect(pool.stats()).toMatchObject({ idle: { [poolKey(py(128))]: 1 }, recycled: 1 });
  });

  it('discards a host that died while idle and never hands it out', async () => {
    const { pool, started, discarded } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    started[0].breakDown();
    await flush();
    expect(discarded).toEqual([started[0].id]);
    const { host } = await pool.acquire(py(128));
    expect(host).not.toBe(started[0]);
  });

  it('discards every idle host on close, and a host released after it', async () => {
    const { pool, started, discarded } = makePool(HOSTS);
    pool.configure([{ ...py(128), size: 2 }]);
    await flush();
    const { host } = await pool.acquire(py(128));
    pool.close();
    host.startJob();
    pool.release(host);
    host.answer();
    await flush();
    expect(discarded.sort()).toEqual(started.map((started) => started.id).sort());
  });
});

describe('SandboxPool of single-use containers (maxJobsPerHost 1)', () => {
  it('hands out a warm container once and never again, then refills', async () => {
    const { pool, started, discarded } = makePool(SINGLE_USE);
    pool.configure([{ ...py(128), size: 2 }]);
    await flush();
    const first = await runOn(pool);
    const second = await pool.acquire(py(128));
    expect(second.warm).toBe(true);
    expect(second.host).not.toBe(first);
    expect(discarded).toEqual([first.id]);
    await flush();
    expect(started).toHaveLength(4);
    expect(pool.stats()).toMatchObject({ idle: { [poolKey(py(128))]: 2 }, recycled: 0 });
  });

  it('refills while containers are out: they never come back', async () => {
    const { pool, started } = makePool(SINGLE_USE);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    await pool.acquire(py(128));
    await flush();
    expect(started).toHaveLength(2);
  });

  it('starts a cold container when the pool is empty or disabled', async () => {
    const { pool } = makePool(SINGLE_USE);
    pool.configure([{ ...py(128), size: 0 }]);
    const taken = await pool.acquire(py(128));
    expect(taken.warm).toBe(false);
    expect(pool.stats().idle).toEqual({});
  });

  it('gives a memory limit in use a pool of its own, as large as the default one', async () => {
    const { pool, started } = makePool(SINGLE_USE);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    const taken = await pool.acquire(py(256));
    expect(taken.warm).toBe(false);
    await flush();
    expect(started.filter((host) => host.id.startsWith('py@256'))).toHaveLength(2);
    expect(pool.stats().idle[poolKey(py(256))]).toBe(1);
  });

  it('keeps pools of different runtimes apart', async () => {
    const { pool } = makePool(SINGLE_USE);
    pool.configure([{ ...py(128), size: 1 }, { image: 'js', memoryMb: 128, runtime: 'runsc', size: 1 }]);
    await flush();
    expect(Object.keys(pool.stats().idle).sort()).toEqual(['js@128m/runsc', 'py@128m/runc']);
  });

  it('counts a warm container handed out as a hit and a cold start as a miss', async () => {
    const { pool } = makePool(SINGLE_USE);
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    // Both at once: the second comes before the refill, to an empty pool.
    const taken = await Promise.all([pool.acquire(py(128)), pool.acquire(py(128))]);
    expect(taken.map((t) => t.warm)).toEqual([true, false]);
    expect(pool.stats()).toMatchObject({ hits: 1, misses: 1 });
  });

  it('is warmed up once every declared pool has been full, and stays so while runs take containers', async () => {
    const { pool } = makePool(SINGLE_USE);
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
    const pool = new SandboxPool<FakeHost>(
      () => Promise.reject(new Error('no such image: py')),
      () => undefined,
      SINGLE_USE,
    );
    pool.configure([{ ...py(128), size: 1 }]);
    await flush();
    expect(pool.stats().warmedUp).toBe(false);
    pool.close();
  });

  it('is warmed up at once when every pool is disabled', () => {
    const { pool } = makePool(SINGLE_USE);
    pool.configure([{ ...py(128), size: 0 }]);
    expect(pool.stats().warmedUp).toBe(true);
  });

  it('passes a failed cold start on to the caller', async () => {
    const pool = new SandboxPool<FakeHost>(() => Promise.reject(new Error('engine down')), () => undefined, SINGLE_USE);
    await expect(pool.acquire(py(128))).rejects.toThrow('engine down');
  });
});
