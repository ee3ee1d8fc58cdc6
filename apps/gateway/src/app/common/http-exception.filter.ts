import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { RetryLaterException } from './retry-later.exception';
import { TooManyRequestsException } from './too-many-requests.exception';

/**
 * The one global filter: adds Retry-After to 503s and 429s, and logs every 5xx once
 * with the request that caused it (never its body: it may hold user code). The
 * compatibility APIs' controllers use subclasses that answer in their API's shape.
 */
@Catch()
export class HttpExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  override catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (exception instanceof RetryLaterException || exception instanceof TooManyRequestsException) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    if (status >= 500) {
      const reason = exception instanceof Error ? exception.message : String(exception);
      this.logger.error(`${request.method} ${request.path} -> ${status}: ${reason}`, exception instanceof HttpException ? undefined : (exception as Error)?.stack);
    }
    this.reply(exception, host);
  }

  /** Writes the error body: Nest's shape here; a compatibility API's own in its filter. */
  protected reply(exception: unknown, host: ArgumentsHost): void {
    super.catch(exception, host);
  }
}
