import type { ExecutionEventName, ExecutionEvents } from '@ghostide/queue';
import { liveEvents } from './live-events';

function recordingEvents() {
  const published: [string, ExecutionEventName, Record<string, unknown> | undefined][] = [];
  const events = { publish: (id: string, name: ExecutionEventName, data?: Record<string, unknown>) => published.push([id, name, data]) };
  return { events: events as unknown as ExecutionEvents, published };
}

describe('liveEvents', () => {
  it("publishes each stage and the run's output as text, then end", () => {
    const { events, published } = recordingEvents();
    const live = liveEvents(events, 'exec-1');

    live.observer.onStage?.('compile');
    live.observer.onOutput?.('compile', 'stderr', Buffer.from('warning: unused\n'));
    live.observer.onStage?.('run');
    live.observer.onOutput?.('run', 'stdout', Buffer.from('hello\n'));
    live.observer.onOutput?.('run', 'stderr', Buffer.from('oops\n'));
    live.end();

    expect(published).toEqual([
      ['exec-1', 'stage', { stage: 'compile' }],
      ['exec-1', 'stage', { stage: 'run' }],
      ['exec-1', 'stdout', { data: 'hello\n' }],
      ['exec-1', 'stderr', { data: 'oops\n' }],
      ['exec-1', 'end', undefined],
    ]);
  });

  it('holds a UTF-8 character split across chunks until it is whole', () => {
    const { events, published } = recordingEvents();
    const live = liveEvents(events, 'exec-2');
    const ghost = Buffer.from('👻\n');

    live.observer.onOutput?.('run', 'stdout', ghost.subarray(0, 2));
    live.observer.onOutput?.('run', 'stdout', ghost.subarray(2));
    live.end();

    expect(published).toEqual([
      ['exec-2', 'stdout', { data: '👻\n' }],
      ['exec-2', 'end', undefined],
    ]);
  });
});
