import { BullAdapter } from '@bull-board/api/bullAdapter';
import type { QueueAdapterOptions } from '@bull-board/api/typings/app';
import type { ExecutionJobData, ExecutionResult } from '@ghostide/contracts';
import type { Queue } from 'bull';

/**
 * Bull's dashboard adapter, read-only and without user data: jobs show
 * language, limits, file names and sizes, results their status and times,
 * never source, stdin, args or output. Read-only, so that nothing can add,
 * retry or remove a job behind the gateway's validation and session bounds.
 */
export class RedactedBullAdapter extends BullAdapter {
  constructor(queue: Queue, options: Partial<QueueAdapterOptions> = {}) {
    super(queue, { ...options, readOnlyMode: true });
    this.setFormatter('data', (data: ExecutionJobData) => jobSummary(data));
    this.setFormatter('returnValue', (result: ExecutionResult | null) => resultSummary(result));
  }
}

/** A job's data as the dashboard shows it. */
export function jobSummary(data: ExecutionJobData): Record<string, unknown> {
  return {
    executionId: data.executionId,
    languageId: data.languageId,
    files: data.files.map((file) => ({ name: file.name, bytes: Buffer.byteLength(file.content) })),
    stdinBytes: Buffer.byteLength(data.stdin),
    argCount: data.args.length,
    timeoutSeconds: data.timeoutSeconds,
    memoryLimitMb: data.memoryLimitMb,
    sessionId: data.sessionId,
    acceptedAt: data.acceptedAt,
  };
}

/** A result as the dashboard shows it: output replaced by its size. */
export function resultSummary(result: ExecutionResult | null): Record<string, unknown> | null {
  if (!result) return result;
  const { stdout, stderr, compile_output, ...rest } = result;
  return {
    ...rest,
    stdout_bytes: Buffer.byteLength(stdout),
    stderr_bytes: Buffer.byteLength(stderr),
    compile_output_bytes: compile_output === null ? null : Buffer.byteLength(compile_output),
  };
}
