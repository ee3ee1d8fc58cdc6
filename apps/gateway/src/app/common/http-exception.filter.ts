import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Request, Response } from 'express';
import type { Counter } from 'prom-client';
import { REQUESTS_REJECTED } from '../metrics/gateway-metrics';
import { rejectionReason } from './rejection-reason';
import { RetryLaterException } from './retry-later.exception';
import { TooManyRequestsException } from './too-many-requests.exception';

/**
 * The one global filter: adds Retry-After to 503s and 429s, counts every
 * rejected request by reason (ghostide_requests_rejected_total), and logs every
 * 5xx once with the request that caused it (never its body: it may hold user code).
 */
@Catch()
export class HttpExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  constructor(@InjectMetric(REQUESTS_REJECTED) private readonly rejected: Counter<'reason'>) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (exception instanceof RetryLaterException || exception instanceof TooManyRequestsException) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    const reason = rejectionReason(exception);
    if (reason) this.rejected.inc({ reason });
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status >= 500) {
      const cause = exception instanceof Error ? exception.message : String(exception);
      this.logger.error(`${request.method} ${request.path} -> ${status}: ${cause}`, exception instanceof HttpException ? undefined : (exception as Error)?.stack);
    }
    super.catch(exception, host);
  }
}
