import { WaitTimeoutError, withTimeout } from './with-timeout';

describe('withTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('resolves with the value of a promise that settles in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000, 'reading')).resolves.toBe(42);
  });

  it('resolves with a value that arrives just before the bound', async () => {
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('done'), 999));
    const result = withTimeout(late, 1000, 'reading');
    await jest.advanceTimersByTimeAsync(999);
    await expect(result).resolves.toBe('done');
  });

  it('passes on the rejection of a promise that fails in time', async () => {
    const failure = new Error('connection refused');
    await expect(withTimeout(Promise.reject(failure), 1000, 'reading')).rejects.toBe(failure);
  });

  it('stays pending until the bound is reached', async () => {
    let settled = false;
    void withTimeout(new Promise<never>(() => undefined), 1000, 'reading').catch(() => undefined).finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('rejects with a WaitTimeoutError naming the wait and the bound once the bound passes', async () => {
    const result = withTimeout(new Promise<never>(() => undefined), 3000, 'adding the job to Redis');
    const assertion = expect(result).rejects.toThrow(new WaitTimeoutError('adding the job to Redis took longer than 3000 ms'));
    await jest.advanceTimersByTimeAsync(3000);
    await assertion;
    await expect(result).rejects.toBeInstanceOf(WaitTimeoutError);
  });

  it('ignores a value that arrives after the bound', async () => {
    const tooLate = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 1500));
    const result = withTimeout(tooLate, 1000, 'waiting for the execution');
    const assertion = expect(result).rejects.toBeInstanceOf(WaitTimeoutError);
    await jest.advanceTimersByTimeAsync(1500);
    await assertion;
  });

  it('clears its timer when the promise settles first, leaving nothing to keep the process alive', async () => {
    await withTimeout(Promise.resolve('ok'), 60_000, 'reading');
    expect(jest.getTimerCount()).toBe(0);
    await withTimeout(Promise.reject(new Error('no')), 60_000, 'reading').catch(() => undefined);
    expect(jest.getTimerCount()).toBe(0);
  });
});
