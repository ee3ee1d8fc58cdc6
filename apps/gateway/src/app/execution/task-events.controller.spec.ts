import type { INestApplication } from '@nestjs/common';
import { ExecutionJobData, TaskStatus } from '@ghostide/contracts';
import request from 'supertest';
import { FakeExecutionEvents } from '../testing/fake-execution-events';
import { FakeExecutionQueue, successResult } from '../testing/fake-execution-queue';
import { createGatewayTestApp } from '../testing/gateway-test-app';

const TASK: TaskStatus = { task_id: 'task-1', status: 'running', progress: 50, stage: 'running', created_at: '2026-01-01T00:00:00.000Z' };

describe('TaskEventsController', () => {
  let app: INestApplication;
  let queue: FakeExecutionQueue;
  let events: FakeExecutionEvents;

  beforeEach(async () => {
    queue = new FakeExecutionQueue();
    events = new FakeExecutionEvents();
    app = await createGatewayTestApp({ executionQueue: queue, executionEvents: events });
  });

  afterEach(async () => {
    await app.close();
  });

  it("streams status queued, the worker's events without its end marker, then the finished task, and ends", async () => {
    const done: TaskStatus = { ...TASK, status: 'completed', progress: 100, stage: 'finished' };
    queue.tasks.set('task-1', done);
    events.byTask.set('task-1', [
      { name: 'status', data: { status: 'running' } },
      { name: 'stage', data: { stage: 'run' } },
      { name: 'stdout', data: { data: 'hello\n' } },
      { name: 'end', data: {} },
    ]);

    const response = await request(app.getHttpServer()).get('/api/v1/execution/task/task-1/events');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.text).toBe(
      [
        'event: status\ndata: {"status":"queued"}\n\n',
        'event: status\ndata: {"status":"running"}\n\n',
        'event: stage\ndata: {"stage":"run"}\n\n',
        'event: stdout\ndata: {"data":"hello\\n"}\n\n',
        `event: result\ndata: ${JSON.stringify(done)}\n\n`,
      ].join(''),
    );
    expect(events.open).toBe(0);
  });

  it('waits while the task runs, and ends with the result once it has finished', async () => {
    queue.tasks.set('task-1', TASK);
    setTimeout(() => {
      events.byTask.set('task-1', [{ name: 'end', data: {} }]);
      queue.tasks.set('task-1', { ...TASK, status: 'completed', result: successResult({ executionId: 'task-1', languageId: 'python' } as ExecutionJobData) });
    }, 100);

    const response = await request(app.getHttpServer()).get('/api/v1/execution/task/task-1/events');

    expect(response.text.split('\n\n').filter(Boolean).map((event) => event.split('\n')[0])).toEqual(['event: status', 'event: result']);
  });

  it('answers 404 for an unknown task, as JSON', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/execution/task/no-such-task/events');

    expect(response.status).toBe(404);
    expect(response.body.message).toBe('task "no-such-task" not found (unknown, or its result has expired)');
  });
});
