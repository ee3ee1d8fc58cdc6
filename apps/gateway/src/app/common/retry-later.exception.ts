import { HttpException, HttpStatus } from '@nestjs/common';
import type { RejectionReason } from './rejection-reason';

/** 503 with a Retry-After header: no worker, a full queue, Redis down, or a wait that ran out. */
export class RetryLaterException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    readonly reason: RejectionReason,
    extra: Record<string, unknown> = {},
  ) {
    super({ statusCode: HttpStatus.SERVICE_UNAVAILABLE, message, error: 'Service Unavailable', ...extra }, HttpStatus.SERVICE_UNAVAILABLE);
  }
}
