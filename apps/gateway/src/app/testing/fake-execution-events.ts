import type { ExecutionEventName, ExecutionEventReader, ExecutionEvents } from '@ghostide/queue';

/** In-memory stand-in for ExecutionEvents: the events a test puts in byTask, read back as from the Redis stream. */
export class FakeExecutionEvents implements Pick<ExecutionEvents, 'reader'> {
  readonly byTask = new Map<string, { name: ExecutionEventName; data: Record<string, unknown> }[]>();
  /** Readers not closed yet. */
  open = 0;

  reader(taskId: string): ExecutionEventReader {
    this.open++;
    return {
      read: async (after) => {
        const start = after === '0' ? 0 : Number(after);
        const batch = (this.byTask.get(taskId) ?? []).slice(start).map((event, index) => ({ id: String(start + index + 1), ...event }));
        // As XREAD BLOCK: nothing new, so wait a little (not the real block, to keep tests fast).
        if (batch.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
        return batch;
      },
      close: async () => {
        this.open--;
      },
    };
  }
}
