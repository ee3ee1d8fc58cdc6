import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { isTaskEnded } from '@ghostide/contracts';
import { ExecutionEvents } from '@ghostide/queue';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { ApiRetryLaterResponse } from '../common/error-responses';
import { ExecutionService } from './execution.service';
import { ApiTaskNotFoundResponse, taskNotFound } from './task-not-found';

/** How long one read of the events waits before the task itself is looked at again. */
const READ_BLOCK_MS = 1_000;
/** A comment at least this often keeps proxies from closing a quiet stream (API.md: at least every 15 s). */
const HEARTBEAT_MS = 10_000;

const EVENTS_DESCRIPTION = [
  'Server-Sent Events, in order: `status` `{status}` (queued, then running), `stage` `{stage: "compile" | "run"}`,',
  '`stdout` and `stderr` `{data}` as the program writes (UTF-8), and last `result`: the final TaskStatus; then the stream ends.',
  'A client that joins late first gets what was already written. A `: heartbeat` comment comes at least every 10 s.',
].join(' ');

@ApiTags('execution')
@Controller('api/v1/execution')
export class TaskEventsController {
  private readonly logger = new Logger(TaskEventsController.name);

  constructor(
    private readonly executions: ExecutionService,
    private readonly events: ExecutionEvents,
  ) {}

  @Get('task/:task_id/events')
  @ApiOperation({ operationId: 'streamTaskEvents', summary: "A task's output as it comes, then its result (text/event-stream)", description: EVENTS_DESCRIPTION })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: EVENTS_DESCRIPTION,
    content: { 'text/event-stream': { schema: { type: 'string' }, example: 'event: status\ndata: {"status":"queued"}\n\nevent: stdout\ndata: {"data":"hello\\n"}\n\n' } },
  })
  @ApiTaskNotFoundResponse()
  @ApiRetryLaterResponse('Redis down.', ['redisDown'])
  async stream(@Param('task_id') taskId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (!(await this.executions.getTask(taskId))) throw taskNotFound(taskId);
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
    let open = true;
    request.on('close', () => (open = false));
    const send = async (text: string) => {
      // A slow reader holds the next read back: what waits for it stays in Redis, not here.
      if (open && !response.write(text)) await Promise.race([once(response, 'drain'), once(request, 'close')]);
    };
    const reader = this.events.reader(taskId);
    try {
      await send(sseEvent('status', { status: 'queued' }));
      let after = '0';
      let ended = false;
      let lastWrite = Date.now();
      while (open) {
        const batch = await reader.read(after, READ_BLOCK_MS);
        for (const event of batch) {
          after = event.id;
          if (event.name === 'end') ended = true;
          else await send(sseEvent(event.name, event.data));
        }
        if (batch.length > 0) lastWrite = Date.now();
        // Every event is read when the worker said end, or when the task finished without it (failed, cancelled while queued).
        if (ended || batch.length === 0) {
          const task = await this.executions.getTask(taskId);
          if (!task) break;
          if (isTaskEnded(task)) {
            await send(sseEvent('result', task));
            break;
          }
          if (ended) await new Promise((resolve) => setTimeout(resolve, 50)); // the result is being stored
        }
        if (Date.now() - lastWrite >= HEARTBEAT_MS) {
          await send(': heartbeat\n\n');
          lastWrite = Date.now();
        }
      }
    } catch (err) {
      // The answer has begun: a stream that ends without `result` tells the client to read the task instead.
      this.logger.warn(`events of task ${taskId} ended early: ${(err as Error).message}`);
    } finally {
      await reader.close();
      response.end();
    }
  }
}

/** One Server-Sent Event; JSON has no raw newline, so one data line. */
function sseEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}
