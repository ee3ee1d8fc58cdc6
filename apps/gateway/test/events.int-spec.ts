import { ExecutionStatus } from '@ghostide/contracts';
import type { ExecutionRequest, TaskEvent } from '@ghostide/execution-client';
import { api, FAST_POLL, queueRun, untilRunning } from './support/api';

/** Prints 0 to 4, one line every 300 ms. */
const TICKER: ExecutionRequest = { language: 'python', code: 'import time\nfor i in range(5):\n    print(i)\n    time.sleep(0.3)' };

/** Every event of the task, each with the time it arrived. */
async function collect(taskId: string): Promise<{ event: TaskEvent; at: number }[]> {
  const seen: { event: TaskEvent; at: number }[] = [];
  for await (const event of api.streamTask(taskId)) seen.push({ event, at: Date.now() });
  return seen;
}

describe('GET /api/v1/execution/task/{task_id}/events: output as it comes', () => {
  it('streams the first line more than a second before the result, then the result, and ends', async () => {
    const seen = await collect(await queueRun(TICKER));
    const events = seen.map(({ event }) => event);

    expect(events.slice(0, 3)).toEqual([
      { event: 'status', status: 'queued' },
      { event: 'status', status: 'running' },
      { event: 'stage', stage: 'run' },
    ]);
    const output = events.filter((event): event is { event: 'stdout'; data: string } => event.event === 'stdout');
    expect(output.map((event) => event.data).join('')).toBe('0\n1\n2\n3\n4\n');
    const last = seen[seen.length - 1];
    expect(last.event).toMatchObject({ event: 'result', task: { status: 'completed', result: { status: ExecutionStatus.Success, stdout: '0\n1\n2\n3\n4\n' } } });
    const firstLine = seen.find(({ event }) => event.event === 'stdout');
    expect(last.at - (firstLine?.at ?? last.at)).toBeGreaterThan(1000);
  });

  it('gives a client that joins after the end everything that was written, then the result', async () => {
    const taskId = await queueRun({ language: 'python', code: 'import sys\nprint("out")\nprint("err", file=sys.stderr)' });
    await api.waitForTask(taskId, FAST_POLL);

    const events = (await collect(taskId)).map(({ event }) => event);

    expect(events.slice(0, 3)).toEqual([
      { event: 'status', status: 'queued' },
      { event: 'status', status: 'running' },
      { event: 'stage', stage: 'run' },
    ]);
    // Output comes in the chunks the program wrote (print writes "out", then "\n"); stdout and
    // stderr are two pipes, so their order between them is not kept.
    const output = events.slice(3, -1);
    const text = (stream: string) => output.map((event) => (event.event === stream && 'data' in event ? event.data : '')).join('');
    expect(output.every((event) => event.event === 'stdout' || event.event === 'stderr')).toBe(true);
    expect({ stdout: text('stdout'), stderr: text('stderr') }).toEqual({ stdout: 'out\n', stderr: 'err\n' });
    expect(events.at(-1)).toMatchObject({ event: 'result', task: { status: 'completed' } });
  });

  it('shows the compile stage before the run for a compiled language', async () => {
    const taskId = await queueRun({ language: 'c', code: '#include <stdio.h>\nint main(void) { puts("compiled"); }\n// events' });
    const stages = (await collect(taskId)).map(({ event }) => event).filter((event) => event.event === 'stage');
    expect(stages).toEqual([
      { event: 'stage', stage: 'compile' },
      { event: 'stage', stage: 'run' },
    ]);
  });

  it('ends with the cancelled result when the task is cancelled while it streams', async () => {
    const taskId = await queueRun({ language: 'python', code: 'import time\nwhile True:\n    print("tick")\n    time.sleep(0.2)', timeout: 30 });
    const streaming = collect(taskId);
    await untilRunning(taskId);
    await api.cancel(taskId);

    const events = (await streaming).map(({ event }) => event);
    expect(events.at(-1)).toMatchObject({ event: 'result', task: { result: { status: ExecutionStatus.Cancelled } } });
  });

  it('answers 404 for an unknown task', async () => {
    const iterate = async () => {
      for await (const event of api.streamTask('00000000-0000-4000-8000-000000000000')) void event;
    };
    await expect(iterate()).rejects.toMatchObject({ status: 404 });
  });
});
