import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { EVENTS_KEY_PREFIX, EXECUTION_QUEUE, ExecutionJobData } from '@ghostide/contracts';
import type { Queue } from 'bull';
import type { Redis } from 'ioredis';

/** What a worker reports while it runs an execution; `end` comes last, before the result is stored. */
export type ExecutionEventName = 'status' | 'stage' | 'stdout' | 'stderr' | 'end';

/** One event as read back: its stream entry id (to read on after it), name and data. */
export interface ExecutionEvent {
  id: string;
  name: ExecutionEventName;
  data: Record<string, unknown>;
}

/** Reads one execution's events on a connection of its own (XREAD BLOCK holds it); close() when done. */
export interface ExecutionEventReader {
  /** The events after `after` ('0': from the first), at most 100; waits up to blockMs for one, [] when none came. */
  read(after: string, blockMs: number): Promise<ExecutionEvent[]>;
  close(): Promise<void>;
}

/**
 * Entries a run's stream keeps at most (MAXLEN ~): the agent's output limit bounds the bytes of
 * the output events, this their count.
 */
const MAX_EVENTS_PER_EXECUTION = 20_000;
const EVENTS_PER_READ = 100;
/**
 * How long a run's events outlive its last one. Shorter than the result's retention: up to a
 * megabyte of output each, they would fill Redis in a burst of chatty runs. A client that joins
 * later gets the result alone, which holds the whole output too.
 */
const EVENTS_TTL_SECONDS = 600;

/**
 * Each execution's live events in a Redis stream: the worker appends, any gateway reads, from the
 * start for a client that joins late. They expire EVENTS_TTL_SECONDS after the last one, or with
 * the result when that is kept shorter (RESULT_TTL_SECONDS).
 */
@Injectable()
export class ExecutionEvents {
  private readonly logger = new Logger(ExecutionEvents.name);
  private readonly ttlSeconds: number;

  constructor(
    @InjectQueue(EXECUTION_QUEUE) private readonly queue: Queue<ExecutionJobData>,
    config: ConfigService<AppConfig, true>,
  ) {
    this.ttlSeconds = Math.min(EVENTS_TTL_SECONDS, config.get('queue', { infer: true }).resultTtlSeconds);
  }

  /**
   * Appends an event, without waiting: on one connection the events, and the result after them,
   * arrive in order. Best effort: a lost event costs a live view, never the result.
   */
  publish(executionId: string, name: ExecutionEventName, data: Record<string, unknown> = {}): void {
    const key = EVENTS_KEY_PREFIX + executionId;
    this.queue.client
      .multi()
      .xadd(key, 'MAXLEN', '~', MAX_EVENTS_PER_EXECUTION, '*', 'name', name, 'data', JSON.stringify(data))
      .expire(key, this.ttlSeconds)
      .exec()
      .catch((err: Error) => this.logger.warn(`could not publish the ${name} event of execution ${executionId}: ${err.message}`));
  }

  reader(executionId: string): ExecutionEventReader {
    const key = EVENTS_KEY_PREFIX + executionId;
    const connection: Redis = this.queue.client.duplicate();
    return {
      read: async (after, blockMs) => {
        const answer = await connection.xread('COUNT', EVENTS_PER_READ, 'BLOCK', blockMs, 'STREAMS', key, after);
        return (answer?.[0]?.[1] ?? []).map(([id, fields]) => toEvent(id, fields));
      },
      close: async () => {
        await connection.quit().catch(() => connection.disconnect());
      },
    };
  }
}

/** A stream entry's fields, [name, value, ...], as an event. */
function toEvent(id: string, fields: string[]): ExecutionEvent {
  const value = (field: string) => fields[fields.indexOf(field) + 1];
  return { id, name: value('name') as ExecutionEventName, data: JSON.parse(value('data') ?? '{}') as Record<string, unknown> };
}
