import { HttpException, HttpStatus } from '@nestjs/common';
import type { RejectionReason } from './rejection-reason';

/** 429 with a Retry-After header: a rate limit or the per-session bound on queued jobs, named in the message. */
export class TooManyRequestsException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    readonly reason: RejectionReason,
  ) {
    super({ statusCode: HttpStatus.TOO_MANY_REQUESTS, message, error: 'Too Many Requests' }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
