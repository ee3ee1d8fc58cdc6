import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { ExecutionJobData, ExecutionJobProgress, ExecutionResult, RUN_EXECUTION } from '@ghostide/contracts';
import { WaitTimeoutError } from '@ghostide/util';
import type { Job, Queue } from 'bull';
import { ExecutionJob, ExecutionQueue } from './execution-queue';

const data: ExecutionJobData = {
  executionId: 'exec-1',
  languageId: 'python',
  files: [{ name: 'main.py', content: 'print(1)' }],
  stdin: '',
  args: [],
  timeoutSeconds: 10,
  memoryLimitMb: 128,
  acceptedAt: '2025-01-01T00:00:00.000Z',
};

/** The part of Bull's queue and job these tests reach; everything else is absent. */
function fakeBull(job: Partial<Job<ExecutionJobData>>) {
  const registered: { name?: string; concurrency?: number; handler?: (job: Job<ExecutionJobData>) => Promise<ExecutionResult> } = {};
  const added: unknown[] = [];
  const queue = {
    add: async (...args: unknown[]) => {
      added.push(args);
      return { data, timestamp: 1_000, ...job };
    },
    process: async (name: string, concurrency: number, handler: (job: Job<ExecutionJobData>) => Promise<ExecutionResult>) => {
      Object.assign(registered, { name, concurrency, handler });
    },
  };
  const config = new ConfigService<AppConfig, true>({ queue: { resultTtlSeconds: 60, resultMaxKept: 500 } });
  return { executionQueue: new ExecutionQueue(queue as unknown as Queue<ExecutionJobData>, config), registered, added };
}

describe('ExecutionQueue', () => {
  it("gives an enqueued run's result through its handle, bounded by the wait", async () => {
    const result = { execution_id: 'exec-1' } as ExecutionResult;
    const { executionQueue } = fakeBull({ finished: () => Promise.resolve(result) });
    const queued = await executionQueue.enqueue(data);
    expect(queued.data).toBe(data);
    await expect(queued.result(1_000)).resolves.toBe(result);

    const { executionQueue: never } = fakeBull({ finished: () => new Promise<never>(() => undefined) });
    await expect((await never.enqueue(data)).result(10)).rejects.toBeInstanceOf(WaitTimeoutError);
  });

  it('keeps finished jobs at most RESULT_TTL_SECONDS and at most RESULT_MAX_KEPT of them', async () => {
    const { executionQueue, added } = fakeBull({});
    await executionQueue.enqueue(data);
    expect(added).toEqual([
      [
        RUN_EXECUTION,
        data,
        { jobId: 'exec-1', removeOnComplete: { age: 60, count: 500 }, removeOnFail: { age: 60, count: 500 } },
      ],
    ]);
  });

  it('discards an enqueued run only while it is still waiting', async () => {
    const remove = jest.fn(async () => undefined);
    const waiting = fakeBull({ getState: async () => 'waiting', remove });
    expect(await (await waiting.executionQueue.enqueue(data)).discardIfWaiting()).toBe(true);
    expect(remove).toHaveBeenCalledTimes(1);

    const active = fakeBull({ getState: async () => 'active', remove });
    expect(await (await active.executionQueue.enqueue(data)).discardIfWaiting()).toBe(false);
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it('hands a worker each job as data, queue time and a progress callback, with the concurrency asked for', async () => {
    const progress: ExecutionJobProgress[] = [];
    const { executionQueue, registered } = fakeBull({});
    let seen: ExecutionJob | undefined;
    executionQueue.process(3, async (job) => {
      seen = job;
      job.reportProgress({ stage: 'running', percent: 50 });
      return { execution_id: job.data.executionId } as ExecutionResult;
    });
    expect(registered).toMatchObject({ name: RUN_EXECUTION, concurrency: 3 });

    const bullJob = { data, timestamp: 1_234, progress: async (value: ExecutionJobProgress) => void progress.push(value) };
    const result = await registered.handler?.(bullJob as unknown as Job<ExecutionJobData>);
    expect(result).toEqual({ execution_id: 'exec-1' });
    expect(seen).toMatchObject({ data, queuedAtMs: 1_234 });
    expect(progress).toEqual([{ stage: 'running', percent: 50 }]);
  });
});
