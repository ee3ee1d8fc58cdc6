import { BadRequestException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { RetryLaterException } from './retry-later.exception';
import { TooManyRequestsException } from './too-many-requests.exception';

/** Why a request was refused before anything ran: the label of ghostide_requests_rejected_total. */
export type RejectionReason =
  /** 400: malformed JSON or a request the validation rejects. */
  | 'validation'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limit_client'
  | 'rate_limit_session'
  /** 429: the session already has SESSION_MAX_QUEUED_JOBS waiting or running. */
  | 'session_queue_full'
  | 'queue_full'
  | 'no_worker'
  /** 503: no live worker has the language's sandbox image yet. */
  | 'language_not_installed'
  /** 503: Redis unreachable or slow. */
  | 'queue_unavailable'
  /** 503: a sync request's wait ran out. */
  | 'wait_timeout';

/** The rejection an exception stands for, or undefined when it is not one (404, 5xx, ...). */
export function rejectionReason(exception: unknown): RejectionReason | undefined {
  if (exception instanceof RetryLaterException || exception instanceof TooManyRequestsException) return exception.reason;
  if (exception instanceof PayloadTooLargeException) return 'payload_too_large';
  if (exception instanceof UnsupportedMediaTypeException) return 'unsupported_media_type';
  if (exception instanceof BadRequestException) return 'validation';
  return undefined;
}
