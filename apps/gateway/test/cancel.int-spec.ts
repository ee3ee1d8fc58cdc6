import { ExecutionStatus } from '@ghostide/contracts';
import type { ExecutionRequest } from '@ghostide/execution-client';
import { api, FAST_POLL, queueRun, untilRunning } from './support/api';

/** Runs until its 30 s timeout unless cancelled. */
const ENDLESS: ExecutionRequest = { language: 'python', code: 'while True:\n    pass', timeout: 30 };

describe('DELETE /api/v1/execution/task/{task_id}: cancel', () => {
  it('kills a running endless loop at once: the task completes with status cancelled, long before its timeout', async () => {
    const taskId = await queueRun(ENDLESS);
    await untilRunning(taskId);

    const cancelledAt = Date.now();
    // The answer is the task as read after the request: still running, or already ended if its worker was that quick.
    const answer = await api.cancel(taskId);
    expect(answer.status === 'running' ? answer.status : answer.result?.status).toMatch(/^(running|cancelled)$/);
    const final = await api.waitForTask(taskId, FAST_POLL);

    expect(final.status).toBe('completed');
    expect(final.result).toMatchObject({ status: ExecutionStatus.Cancelled, error: 'cancelled while it ran', exit_code: null });
    // Its timeout is 30 s; a cancel that waited for it would take that long.
    expect(Date.now() - cancelledAt).toBeLessThan(10_000);
  });

  it('never starts a queued task: it is completed as cancelled in the answer itself', async () => {
    // The integration worker runs two at once (WORKER_CONCURRENCY 2): two endless loops keep both busy.
    const busy = [await queueRun(ENDLESS), await queueRun(ENDLESS)];
    await Promise.all(busy.map(untilRunning));
    const waiting = await queueRun({ language: 'python', code: 'print("ran")' });

    const answer = await api.cancel(waiting);

    expect(answer).toMatchObject({ task_id: waiting, status: 'completed', result: { status: ExecutionStatus.Cancelled, error: 'cancelled before it started', stdout: '' } });
    await Promise.all(busy.map((taskId) => api.cancel(taskId)));
    await Promise.all(busy.map((taskId) => api.waitForTask(taskId, FAST_POLL)));
    // The worker is free again, and the cancelled task stayed as it was: it did not run.
    expect((await api.waitForTask(waiting, FAST_POLL)).result).toMatchObject({ status: ExecutionStatus.Cancelled, stdout: '' });
  });

  it('answers 409 for a task that has ended, and 404 for an unknown one', async () => {
    const taskId = await queueRun({ language: 'python', code: 'print(1)' });
    await api.waitForTask(taskId, FAST_POLL);

    await expect(api.cancel(taskId)).rejects.toMatchObject({ status: 409 });
    await expect(api.cancel('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });
});
